// Referral finder enhancement (only on /ammattilaisille/): swaps the filter links for the
// combinable filter form, filters instantly with the same pure logic as the build, announces the
// result count, keeps the filters in the address (?kohderyhma=nuoret) so a view can be bookmarked,
// shared and restored on reload, and prints the current selection as a handout.
//
// The table is paged, so the page holds only its own rows. When the finder has more than one page,
// filtering runs over the compact records of every service (fetched once, on the first filter) and
// the rows to show are fetched from the row files (/ammattilaisille/rivit/<n>/, the rows of page n)
// that hold them; results then grow PAGE_SIZE at a time with "Näytä seuraavat". Without filters the
// page shows its own rows and page links again.
import {
  activeFilterCount,
  emptyFilters,
  FILTER_KEYS,
  matchesFilters,
  withoutValue,
  type FilterKey,
  type ReferralFilters,
} from '../lib/referral/filters.ts';
import { decodeRecords, type CompactRecords } from '../lib/referral/compact.ts';
import type { ReferralRecord } from '../lib/referral/filters.ts';
import { datasetToRecord } from '../lib/referral/record.ts';
import { filteredHref, parseFilters, type AllowedValues } from '../lib/referral/url-state.ts';

/** Fills {name} placeholders of a template the page rendered into a data-* attribute. */
const fill = (template: string | undefined, vars: Record<string, string | number>) =>
  (template ?? '').replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

const isFilterKey = (value: string): value is FilterKey => (FILTER_KEYS as readonly string[]).includes(value);

function start(root: HTMLElement): void {
  const form = root.querySelector<HTMLFormElement>('form[data-filter-form]');
  if (!form) return;
  /** A service's table row and handout entry, from this page or from a fetched row file. */
  interface LoadedRow {
    row: HTMLTableRowElement;
    handout: HTMLElement | undefined;
  }
  const handoutOf = (scope: ParentNode, id: string) =>
    [...scope.querySelectorAll<HTMLElement>('[data-handout] li[data-service]')].find((item) => item.dataset['service'] === id);
  const loaded = new Map<string, LoadedRow>();
  for (const row of root.querySelectorAll<HTMLTableRowElement>('tr[data-record]')) {
    const id = row.dataset['service'] ?? '';
    loaded.set(id, { row, handout: handoutOf(root, id) });
  }
  /** This page's own rows, shown whenever no filter is chosen. */
  const ownIds = [...loaded.keys()];
  const handoutList = root.querySelector<HTMLElement>('[data-handout] ol');
  const pagination = root.querySelector<HTMLElement>('[data-pagination]');
  const moreWrap = root.querySelector<HTMLElement>('[data-more-wrap]');
  const moreButton = root.querySelector<HTMLButtonElement>('[data-more]');
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
  const pageSize = Number(text['pageSize']) || 40;
  const total = Number(text['total']) || ownIds.length;

  // With one page every service is on it, and the rows are the records; otherwise both are fetched.
  let records: Promise<ReferralRecord[]> | undefined =
    Number(text['pages']) > 1 ? undefined : Promise.resolve(ownIds.map((id) => datasetToRecord(loaded.get(id)?.row.dataset ?? {})));
  function allRecords(): Promise<ReferralRecord[]> {
    records ??= fetch(text['recordsUrl'] ?? '')
      .then((response) => {
        if (!response.ok) throw new Error(`${response.status}`);
        return response.json() as Promise<CompactRecords>;
      })
      .then(decodeRecords)
      .catch((error: unknown) => {
        records = undefined;
        throw error;
      });
    return records;
  }
  const rowFiles = new Map<number, Promise<void>>();
  function loadRowFile(number: number): Promise<void> {
    let pending = rowFiles.get(number);
    if (!pending) {
      pending = fetch(`${text['rowsUrl'] ?? ''}${number}/`)
        .then((response) => {
          if (!response.ok) throw new Error(`${response.status}`);
          return response.text();
        })
        .then((html) => {
          const file = new DOMParser().parseFromString(html, 'text/html');
          for (const row of file.querySelectorAll<HTMLTableRowElement>('tr[data-record]')) {
            const id = row.dataset['service'] ?? '';
            if (loaded.has(id)) continue;
            const handout = handoutOf(file, id);
            loaded.set(id, { row: document.importNode(row, true), handout: handout && document.importNode(handout, true) });
          }
        })
        .catch((error: unknown) => {
          rowFiles.delete(number);
          throw error;
        });
      rowFiles.set(number, pending);
    }
    return pending;
  }

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

  /** How many matching services are shown; grows with "Näytä seuraavat". */
  let limit = pageSize;
  /** Each render's number: a slow fetch of an older render must not overwrite a newer one. */
  let latest = 0;

  /** Puts exactly these rows (in this order) into their area groups, and their handout entries. */
  function place(ids: readonly string[]): void {
    for (const group of groups) for (const row of group.querySelectorAll('tr[data-record]')) row.remove();
    const byGroup = new Map(groups.map((group) => [group.dataset['group'] ?? '', group]));
    const shown = ids.flatMap((id) => loaded.get(id) ?? []);
    for (const { row } of shown) {
      row.hidden = false;
      byGroup.get((row.dataset['areas'] ?? '').split('|')[0] ?? '')?.append(row);
    }
    for (const group of groups) group.hidden = !group.querySelector('tr[data-record]');
    handoutList?.replaceChildren(...shown.flatMap(({ handout }) => (handout ? [handout] : [])));
    for (const { handout } of shown) if (handout) handout.hidden = false;
  }

  /** The matching services to show and how many match in all. */
  async function selection(): Promise<{ ids: string[]; matches: number }> {
    if (activeFilterCount(filters) === 0) return { ids: ownIds, matches: total };
    const all = await allRecords();
    const matched = all.filter((record) => matchesFilters(record, filters));
    const position = new Map(all.map((record, index) => [record.id, index]));
    const ids = matched.slice(0, limit).map((record) => record.id);
    const files = new Set(ids.filter((id) => !loaded.has(id)).map((id) => Math.floor((position.get(id) ?? 0) / pageSize) + 1));
    await Promise.all([...files].map(loadRowFile));
    return { ids, matches: matched.length };
  }

  async function render(): Promise<void> {
    const current = ++latest;
    const active = activeFilterCount(filters);
    renderChips();
    renderBadges();
    renderHandoutFilters();
    let result: { ids: string[]; matches: number };
    try {
      if (active > 0 && tableWrap) tableWrap.setAttribute('aria-busy', 'true');
      result = await selection();
    } catch {
      if (current === latest && status) status.textContent = text['loadFailedText'] ?? '';
      return;
    } finally {
      if (current === latest) tableWrap?.removeAttribute('aria-busy');
    }
    if (current !== latest) return;
    const { ids, matches } = result;
    place(ids);
    const template = active === 0 ? text['countAll'] : matches === 0 ? text['countNone'] : matches === 1 ? text['countOne'] : text['countSome'];
    const more = active > 0 ? matches - ids.length : 0;
    if (status)
      status.textContent = [fill(template, { count: matches, total }), more > 0 ? fill(text['shownText'], { shown: ids.length }) : '']
        .filter(Boolean)
        .join(' ');
    if (empty) empty.hidden = matches > 0;
    if (tableWrap) tableWrap.hidden = matches === 0;
    if (pagination) pagination.hidden = active > 0;
    if (moreWrap) moreWrap.hidden = more === 0;
    if (moreButton) moreButton.textContent = fill(text['moreText'], { count: Math.min(pageSize, more) });
  }

  function renderBadges(): void {
    for (const details of (form as HTMLFormElement).querySelectorAll<HTMLDetailsElement>('details[data-filter-group]')) {
      const key = details.dataset['filterGroup'] ?? '';
      const count = isFilterKey(key) ? filters[key].length : 0;
      const badge = details.querySelector<HTMLElement>('[data-selected-count]');
      if (badge) badge.textContent = count > 0 ? fill(text['selectedLabel'], { count }) : '';
    }
  }

  function renderHandoutFilters(): void {
    if (!handoutFilters) return;
    const described = FILTER_KEYS.filter((key) => filters[key].length > 0).map(
      (key) => `${groupLabels.get(key) ?? key}: ${filters[key].map((value) => labelOf(key, value)).join(', ')}`,
    );
    handoutFilters.textContent = described.length > 0 ? fill(text['handoutFiltersText'], { filters: described.join('; ') }) : '';
  }

  function update(): void {
    limit = pageSize;
    void render();
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
  void render();
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

  moreButton?.addEventListener('click', () => {
    const from = limit;
    limit += pageSize;
    void render().then(() => {
      // The first of the newly shown services takes the focus, so a keyboard user goes on from there.
      const rows = root.querySelectorAll<HTMLTableRowElement>('tbody[data-group] tr[data-record]');
      rows[from]?.querySelector('a')?.focus();
    });
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
