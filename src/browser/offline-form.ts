// The checklist and the support plan are worksheets, not forms: their fields sit in a <section>
// with no <form> around them, so nothing can be submitted and no field has a name to send. This
// module turns on the print button (printing needs JavaScript; Ctrl+P works without) and the
// "clear the worksheet" button, which asks first.
const isChoice = (field: Element): field is HTMLInputElement => field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio');

for (const sheet of document.querySelectorAll<HTMLElement>('[data-worksheet]')) {
  const clear = sheet.querySelector<HTMLButtonElement>('button[data-clear-worksheet]');
  if (!clear) continue;
  clear.hidden = false;
  clear.addEventListener('click', () => {
    const question = sheet.dataset['resetConfirm'];
    if (question && !window.confirm(question)) return;
    for (const field of sheet.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')) {
      if (isChoice(field)) field.checked = false;
      else field.value = '';
    }
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
