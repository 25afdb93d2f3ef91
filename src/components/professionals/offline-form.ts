// Keeps the checklist and the support-plan form in the page. The forms use method="dialog", which
// never sends anything outside a <dialog>; this module also cancels submit events, asks before
// clearing, and turns on the print button (printing needs JavaScript; Ctrl+P works without).
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-offline-form]')) {
  form.addEventListener('submit', (event) => event.preventDefault());
  form.addEventListener('reset', (event) => {
    const question = form.dataset['resetConfirm'];
    if (question && !window.confirm(question)) event.preventDefault();
  });
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
