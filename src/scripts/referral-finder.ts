// Referral finder enhancement (only on /ammattilaisille/): swaps the filter links for the
// combinable filter form, filters the table instantly with the same pure logic as the build,
// announces the result count, keeps the filters in the address (?kohderyhma=nuoret) so a view can
// be bookmarked, shared and restored on reload, and prints the current selection as a handout.
import {
  activeFilterCount,
  emptyFilters,
  FILTER_KEYS,
  matchesFilters,
  withoutValue,
  type FilterKey,
  type ReferralFilters,
} from '../lib/referral/filters.ts';
import { datasetToRecord } from '../lib/referral/record.ts';
import { filteredHref, parseFilters, type AllowedValues } from '../lib/referral/url-state.ts';

/** Fills {name} placeholders of a template the page rendered into a data-* attribute. */
const fill = (template: string | undefined, vars: Record<string, string | number>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

const isFilterKey = (value: string): value is FilterKey => (FILTER_KEYS as readonly string[]).includes(value);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-filter-form]');
  if (!form) return;
  const rows = [...root.querySelectorAll<HTMLTableRowElement>('tr[data-record]')].map((row) => ({
    row,
    record: datasetToRecord(row.dataset),
  }));
  const handoutItems = new Map(
    [...root.querySelectorAll<HTMLElement>('[data-handout] li[data-service]')].map((item) => [item.dataset['service'] ?? '', item]),
  );
  const groups = [...root.querySelectorAll<HTMLElement>('tbody[data-group]')];
  const status = root.querySelector<HTMLElement>('[data-result-count]');
  const empty = root.querySelector<HTMLElement>('[data-empty]');
  const tableWrap = root.querySelector<HTMLElement>('[data-table-wrap]');
  const activeBox = root.querySelector<HTMLElement>('[data-active-filters]');
  const activeList = root.querySelector<HTMLElement>('[data-active-list]');
  const handoutFilters = root.querySelector<HTMLElement>('[data-handout-filters]');
  const handoutDate = root.querySelector<HTMLElement>('[data-handout-date]');
  const resultsTitle = root.querySelector<HTMLElement>('#results-title');
  const text = root.dataset;

  // What each control means: allowed values per key, and readable labels for chips and the handout.
  const allowed: Partial<Record<FilterKey, string[]>> = {};
  const labels = new Map<string, string>();
  const groupLabels = new Map<FilterKey, string>();
  for (const control of form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
    if (!isFilterKey(control.name)) continue;
    const key = control.name;
    const options =
      control instanceof HTMLSelectElement
        ? [...control.options].filter((option) => option.value !== '').map((option) => ({ value: option.value, label: option.text }))
        : [{ value: control.value, label: control.labels?.[0]?.textContent?.trim() ?? control.value }];
    for (const option of options) {
      (allowed[key] ??= []).push(option.value);
      labels.set(`${key}\u0000${option.value}`, option.label);
    }
    const groupLabel =
      control instanceof HTMLSelectElement
        ? control.labels?.[0]?.textContent
        : control.closest('fieldset')?.querySelector('legend')?.textContent;
    if (groupLabel) groupLabels.set(key, groupLabel.trim());
  }
  const labelOf = (key: FilterKey, value: string) => labels.get(`${key}\u0000${value}`) ?? value;

  let filters = parseFilters(window.location.search, allowed as AllowedValues);

  function readForm(): ReferralFilters {
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(form as HTMLFormElement))
      if (typeof value === 'string' && value !== '') params.append(name, value);
    return parseFilters(params, allowed as AllowedValues);
  }

  function writeForm(): void {
    for (const control of (form as HTMLFormElement).querySelectorAll<HTMLInputElement | HTMLSelectElement>('input[name], select[name]')) {
      if (!isFilterKey(control.name)) continue;
      const chosen = filters[control.name];
      if (control instanceof HTMLSelectElement) control.value = chosen[0] ?? '';
      else control.checked = chosen.includes(control.value);
    }
  }

  function renderChips(): void {
    if (!activeBox || !activeList) return;
    const items = FILTER_KEYS.flatMap((key) => filters[key].map((value) => ({ key, value })));
    activeBox.hidden = items.length === 0;
    activeList.replaceChildren(
      ...items.map(({ key, value }) => {
        const item = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'chip';
        button.dataset['key'] = key;
        button.dataset['value'] = value;
        // The name is "Poista rajaus Kohderyhmä: Nuoret"; the visible label is part of it (WCAG 2.5.3).
        const hidden = document.createElement('span');
        hidden.className = 'visually-hidden';
        hidden.textContent = `${text['removeLabel'] ?? ''} `;
        const cross = document.createElement('span');
        cross.setAttribute('aria-hidden', 'true');
        cross.textContent = ' ✕';
        button.append(hidden, `${groupLabels.get(key) ?? key}: ${labelOf(key, value)}`, cross);
        item.append(button);
        return item;
      }),
    );
  }

  function render(): void {
    let shown = 0;
    for (const { row, record } of rows) {
      const visible = matchesFilters(record, filters);
      row.hidden = !visible;
      const handoutItem = handoutItems.get(record.id);
      if (handoutItem) handoutItem.hidden = !visible;
      if (visible) shown += 1;
    }
    for (const group of groups) group.hidden = !group.querySelector('tr[data-record]:not([hidden])');
    const total = rows.length;
    const active = activeFilterCount(filters);
    const template = active === 0 ? text['countAll'] : shown === 0 ? text['countNone'] : shown === 1 ? text['countOne'] : text['countSome'];
    if (status) status.textContent = fill(template, { count: shown, total });
    if (empty) empty.hidden = shown > 0;
    if (tableWrap) tableWrap.hidden = shown === 0;
    for (const details of (form as HTMLFormElement).querySelectorAll<HTMLDetailsElement>('details[data-filter-group]')) {
      const key = details.dataset['filterGroup'] ?? '';
      const count = isFilterKey(key) ? filters[key].length : 0;
      const badge = details.querySelector<HTMLElement>('[data-selected-count]');
      if (badge) badge.textContent = count > 0 ? fill(text['selectedLabel'], { count }) : '';
    }
    renderChips();
    if (handoutFilters) {
      const described = FILTER_KEYS.filter((key) => filters[key].length > 0).map(
        (key) => `${groupLabels.get(key) ?? key}: ${filters[key].map((value) => labelOf(key, value)).join(', ')}`,
      );
      handoutFilters.textContent = described.length > 0 ? fill(text['handoutFiltersText'], { filters: described.join('; ') }) : '';
    }
  }

  function update(): void {
    render();
    history.replaceState(history.state, '', filteredHref(window.location.pathname, filters, window.location.hash));
  }

  // The form replaces the links; nothing here works without this module, so it is shown only now.
  root.querySelector<HTMLElement>('[data-filter-links]')?.setAttribute('hidden', '');
  form.hidden = false;
  writeForm();
  for (const details of form.querySelectorAll<HTMLDetailsElement>('details[data-filter-group]')) {
    const key = details.dataset['filterGroup'] ?? '';
    if (isFilterKey(key) && filters[key].length > 0) details.open = true;
  }
  render();
  // Drop unknown values from a shared or old address, so the address shows what is applied.
  history.replaceState(history.state, '', filteredHref(window.location.pathname, filters, window.location.hash));

  form.addEventListener('change', () => {
    filters = readForm();
    update();
  });
  // The filters apply as they change; "Näytä palvelut" (or Enter) takes the reader to the results
  // instead of reloading the page.
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    resultsTitle?.setAttribute('tabindex', '-1');
    resultsTitle?.focus();
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-clear]')) {
    button.addEventListener('click', () => {
      filters = emptyFilters();
      writeForm();
      update();
      resultsTitle?.setAttribute('tabindex', '-1');
      resultsTitle?.focus();
    });
  }

  activeList?.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest<HTMLButtonElement>('button.chip');
    const key = button?.dataset['key'] ?? '';
    if (!button || !isFilterKey(key)) return;
    const position = [...activeList.querySelectorAll('button.chip')].indexOf(button);
    filters = withoutValue(filters, key, button.dataset['value'] ?? '');
    writeForm();
    update();
    const chips = activeList.querySelectorAll<HTMLButtonElement>('button.chip');
    const next = chips[Math.min(position, chips.length - 1)];
    if (next) next.focus();
    else {
      resultsTitle?.setAttribute('tabindex', '-1');
      resultsTitle?.focus();
    }
  });

  const printButton = root.querySelector<HTMLButtonElement>('[data-print]');
  if (printButton) {
    printButton.hidden = false;
    printButton.addEventListener('click', () => window.print());
  }
  window.addEventListener('beforeprint', () => {
    if (handoutDate)
      handoutDate.textContent = fill(text['handoutDateText'], {
        date: new Date().toLocaleDateString(document.documentElement.lang || 'fi'),
      });
  });
}

const root = document.querySelector<HTMLElement>('[data-referral-finder]');
if (root) start(root);
