// The chosen-list page (/ammattilaisille/lista/?p=a,b): reads the list from the address, fetches
// each service's handout facts (/api/lista/<id>.json, same origin), shows them in one or two
// languages, and keeps the address in step as services are moved or removed. Sharing, printing
// and the case-notes text all use exactly the services shown. Nothing is stored.
import { listHref, moveId, parseChosenList, withCarried, type ChosenList } from '../lib/chosen-list/list-url.ts';
import { caseNotes, emailBody, mailtoHref, smsBody, smsHref, type MessageStrings } from '../lib/chosen-list/share-text.ts';
import type { HandoutEntry, ListEntryFile } from '../lib/handout/entry.ts';
import type { Part } from '../lib/handout/parts.ts';

interface LanguageStrings extends MessageStrings {
  title: string;
  from: string;
  date: string;
  subject: string;
}

const fill = (template: string, vars: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** A piece of text, in a span of its own language when it is not the block's. */
function text(part: Part): Node {
  if (!part.lang) return document.createTextNode(part.text);
  const span = el('span', undefined, part.text);
  span.lang = part.lang;
  return span;
}

function start(root: HTMLElement): void {
  const s = root.dataset;
  const pageLang = document.documentElement.lang;
  const languages = JSON.parse(s.languages ?? '{}') as Record<string, LanguageStrings>;
  const $ = <T extends Element>(selector: string) => root.querySelector<T>(selector);
  const list = $<HTMLOListElement>('[data-list]');
  const announce = $<HTMLElement>('[data-announce]');
  const second = $<HTMLSelectElement>('[data-second]');
  const files = new Map<string, ListEntryFile>();
  let state: ChosenList = parseChosenList(
    location.search,
    Object.keys(languages).filter((code) => code !== pageLang),
  );
  let qr: Promise<typeof import('../lib/chosen-list/qr.ts')> | undefined;

  const entriesIn = (lang: string) => state.ids.flatMap((id) => files.get(id)?.entries[lang as keyof ListEntryFile['entries']] ?? []);
  const nameOf = (id: string) => files.get(id)?.entries[pageLang as 'fi']?.title.text ?? id;
  const shareUrl = () => `${location.origin}${listHref(location.pathname, state)}`;
  const say = (message: string) => {
    if (announce) announce.textContent = message;
  };

  function entryBlock(entry: HandoutEntry, marked: boolean): HTMLElement {
    const block = el('div', 'chosen__entry');
    if (marked) block.lang = entry.locale;
    const link = el('a', undefined, text(entry.title));
    link.href = withCarried(entry.path, state.ids);
    block.append(el('h3', undefined, link), el('p', undefined, text(entry.summary)));
    const card = entry.card;
    block.append(
      el('h4', undefined, card.title),
      el('p', undefined, el('strong', undefined, card.headline), card.via ? ` ${card.via}` : ''),
    );
    if (card.note) block.append(el('p', undefined, text(card.note)));
    const actions = el('ul');
    for (const action of card.actions) {
      let target: Node = text(action.target);
      if (action.href) {
        const a = el('a', undefined, target);
        a.href = action.href;
        target = a;
      }
      actions.append(el('li', undefined, el('strong', undefined, `${action.verb}:`), ' ', target));
    }
    if (card.actions.length > 0) block.append(actions);
    if (card.bring) block.append(el('p', undefined, el('strong', undefined, `${card.bring.label}:`), ' ', text(card.bring.text)));
    block.append(el('p', 'muted', entry.more));
    if (entry.fiOnly) block.append(el('p', 'muted', entry.fiOnly));
    return block;
  }

  function tool(kind: 'up' | 'down' | 'remove', id: string, label: string, disabled: boolean): HTMLButtonElement {
    const button = el('button', 'button button--secondary', label, el('span', 'visually-hidden', `: ${nameOf(id)}`));
    button.type = 'button';
    button.dataset.tool = kind;
    button.dataset.id = id;
    button.disabled = disabled;
    return button;
  }

  function renderHeader(): void {
    const header = $<HTMLElement>('[data-print-header]');
    if (!header) return;
    const date = (code: string) => new Date().toLocaleDateString(`${code}-FI`);
    header.replaceChildren(
      ...[pageLang, state.second].flatMap((code) => {
        const strings = code ? languages[code] : undefined;
        if (!code || !strings) return [];
        const part = el(
          'div',
          undefined,
          el('p', undefined, el('strong', undefined, strings.title)),
          el('p', undefined, strings.from, ' ', fill(strings.date, { date: date(code) })),
        );
        if (code !== pageLang) part.lang = code;
        return [part];
      }),
    );
  }

  function renderShare(): void {
    const url = shareUrl();
    const link = $<HTMLInputElement>('[data-link]');
    if (link) link.value = url;
    const messageLang = state.second ?? pageLang;
    const strings = languages[messageLang];
    const entries = entriesIn(messageLang);
    const sms = $<HTMLAnchorElement>('[data-sms]');
    const mail = $<HTMLAnchorElement>('[data-mailto]');
    if (strings && sms) sms.href = smsHref(smsBody(entries, url, strings));
    if (strings && mail) mail.href = mailtoHref(strings.subject, emailBody(entries, url, strings));
    const notes = $<HTMLTextAreaElement>('[data-notes]');
    if (notes) {
      notes.value = caseNotes(entriesIn(pageLang), url, new Date().toLocaleDateString(`${pageLang}-FI`), {
        heading: s.notesHeading ?? '',
        access: s.notesAccess ?? '',
        contact: s.notesContact ?? '',
        page: s.notesPage ?? '',
      });
    }
    const box = $<HTMLElement>('[data-qr]');
    if (!box || state.ids.length === 0) return;
    qr ??= import('../lib/chosen-list/qr.ts');
    void qr.then(({ qrMatrix, qrPath, QUIET_ZONE }) => {
      const matrix = qrMatrix(url);
      const size = matrix.length + 2 * QUIET_ZONE;
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('viewBox', `0 0 ${size} ${size}`);
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', s.qrLabel ?? '');
      svg.dataset.qrText = url;
      const background = document.createElementNS(ns, 'rect');
      background.setAttribute('width', String(size));
      background.setAttribute('height', String(size));
      background.setAttribute('fill', '#fff');
      const modules = document.createElementNS(ns, 'path');
      modules.setAttribute('d', qrPath(matrix));
      modules.setAttribute('fill', '#000');
      svg.append(background, modules);
      box.replaceChildren(svg);
    });
  }

  function render(focus?: { tool: string; id: string }): void {
    history.replaceState(history.state, '', listHref(location.pathname, state));
    const pairs = state.ids.flatMap((id) => {
      const file = files.get(id);
      const own = file?.entries[pageLang as 'fi'];
      return own ? [{ id, own, other: state.second ? file?.entries[state.second as 'fi'] : undefined }] : [];
    });
    list?.replaceChildren(
      ...pairs.map(({ id, own, other }, index) => {
        const langs = el('div', `chosen__langs chosen__langs--${state.layout}`, entryBlock(own, false));
        if (other) langs.append(entryBlock(other, true));
        const tools = el(
          'div',
          'chosen__tools no-print',
          tool('up', id, s.up ?? '', index === 0),
          tool('down', id, s.down ?? '', index === pairs.length - 1),
          tool('remove', id, s.remove ?? '', false),
        );
        const item = el('li', undefined, langs, tools);
        item.dataset.service = id;
        return item;
      }),
    );
    const empty = state.ids.length === 0;
    root.querySelector<HTMLElement>('[data-empty]')!.hidden = !empty;
    for (const section of root.querySelectorAll<HTMLElement>('[data-when-listed]')) section.hidden = empty;
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[data-carry]')) link.href = withCarried(link.href, state.ids);
    const field = $<HTMLElement>('[data-layout-field]');
    if (field) field.hidden = !state.second;
    for (const radio of root.querySelectorAll<HTMLInputElement>('[data-layout]')) radio.checked = radio.value === state.layout;
    if (second) second.value = state.second ?? '';
    renderHeader();
    renderShare();
    if (focus) {
      const buttons = [...root.querySelectorAll<HTMLButtonElement>(`[data-id="${focus.id}"]`)];
      (
        buttons.find((button) => button.dataset.tool === focus.tool && !button.disabled) ?? buttons.find((button) => !button.disabled)
      )?.focus();
    }
  }

  root.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLButtonElement>('button') : null;
    if (!button) return;
    const id = button.dataset.id ?? '';
    const index = state.ids.indexOf(id);
    if (button.dataset.tool === 'up' || button.dataset.tool === 'down') {
      state = { ...state, ids: moveId(state.ids, index, button.dataset.tool === 'up' ? -1 : 1) };
      render({ tool: button.dataset.tool, id });
      say(fill(s.moved ?? '', { name: nameOf(id), position: state.ids.indexOf(id) + 1, count: state.ids.length }));
    } else if (button.dataset.tool === 'remove') {
      const name = nameOf(id);
      state = { ...state, ids: state.ids.filter((other) => other !== id) };
      const next = state.ids[Math.min(index, state.ids.length - 1)];
      render(next ? { tool: 'remove', id: next } : undefined);
      if (!next) $<HTMLElement>('#chosen-title')?.focus();
      say(fill(s.removed ?? '', { name, count: state.ids.length }));
    } else if (button.dataset.copy) {
      void copy(button.dataset.copy);
    } else if (button.hasAttribute('data-print')) {
      window.print();
    }
  });

  async function copy(fieldId: string): Promise<void> {
    const field = document.getElementById(fieldId) as HTMLInputElement | HTMLTextAreaElement | null;
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      say(s.copied ?? '');
    } catch {
      field.select();
      say(s.copyFailed ?? '');
    }
  }

  second?.addEventListener('change', () => {
    state = { ...state, second: second.value || undefined };
    render();
  });
  for (const radio of root.querySelectorAll<HTMLInputElement>('[data-layout]')) {
    radio.addEventListener('change', () => {
      state = { ...state, layout: radio.value as ChosenList['layout'] };
      render();
    });
  }

  document.getElementById('list-needs-js')?.remove();
  root.hidden = false;
  void Promise.all(
    state.ids.map(async (id) => {
      const response = await fetch(`/api/lista/${id}.json`);
      if (response.ok) files.set(id, (await response.json()) as ListEntryFile);
      else if (response.status !== 404) throw new Error(String(response.status));
    }),
  ).then(
    () => {
      const unknown = state.ids.filter((id) => !files.has(id));
      const note = $<HTMLElement>('[data-unknown-note]');
      if (note && unknown.length > 0) {
        note.textContent = fill(s.unknown ?? '', { ids: unknown.join(', ') });
        note.hidden = false;
      }
      state = { ...state, ids: state.ids.filter((id) => files.has(id)) };
      render();
    },
    () => {
      const note = $<HTMLElement>('[data-load-note]');
      if (note) {
        note.textContent = s.loadFailed ?? '';
        note.hidden = false;
      }
    },
  );
}

const root = document.getElementById('chosen-list');
if (root) start(root);
export {};
