/**
 * Builds DOM from data safely: text always goes in as text nodes (`textContent`), never as HTML, so a
 * citizen named `<img src=x onerror=alert(1)>` is shown literally. There is deliberately no way to pass
 * markup here; the build's test checks the bundle never uses innerHTML and its kin.
 */
export type Child = Node | string | number | null | undefined | false;

export interface Props {
  class?: string;
  id?: string;
  /** Attributes such as `type`, `for`, `aria-*`, `role`: values are set as attribute text. */
  attrs?: Record<string, string | number | boolean | undefined>;
  on?: { [K in keyof HTMLElementEventMap]?: (event: HTMLElementEventMap[K]) => void };
  hidden?: boolean;
}

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, props: Props = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (props.class) el.className = props.class;
  if (props.id) el.id = props.id;
  if (props.hidden) el.hidden = true;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? '' : String(value));
  }
  for (const [type, handler] of Object.entries(props.on ?? {})) el.addEventListener(type, handler as EventListener);
  append(el, ...children);
  return el;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
  }
}

/** Replaces an element's content with new children. */
export function fill(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`#${id} mangler i siden`);
  return el as T;
}

/** A link only when the address is https (a `javascript:` address from data would run); else plain text. */
export function safeLink(url: string, label: string): HTMLElement {
  return /^https:\/\//i.test(url)
    ? h('a', { attrs: { href: url, target: '_blank', rel: 'noopener noreferrer' } }, label)
    : h('span', {}, label);
}

/** A radio button with its label (the label's `for` names the input, so clicking the text works). */
export function radio(name: string, value: string, label: string, checked: boolean): HTMLElement {
  const id = `${name}-${value}`;
  return h('div', { class: 'check' },
    h('input', { id, attrs: { type: 'radio', name, value, checked } }),
    h('label', { attrs: { for: id } }, label),
  );
}

/** A date as Danes write it (`31-12-2025`) or as ISO (`2025-12-31`). */
const DATE = /\b(?:\d{2}-\d{2}-\d{4}|\d{4}-\d{2}-\d{2})\b/g;

/**
 * Wraps every date in the element's text in `<span class="date">` (white-space: nowrap), so a narrow pane
 * never breaks «31-12-» from «2025» (issue 15). Text stays text: the spans hold text nodes only, and
 * copying still gives ordinary hyphens (a non-breaking hyphen would paste as another character).
 */
export function keepDatesWhole(root: Element): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
    const parent = n.parentElement;
    if (parent && !parent.classList.contains('date') && n.data.search(DATE) >= 0) nodes.push(n);
  }
  for (const node of nodes) {
    const parts: Child[] = [];
    let at = 0;
    for (const m of node.data.matchAll(DATE)) {
      parts.push(node.data.slice(at, m.index), h('span', { class: 'date' }, m[0]));
      at = m.index! + m[0].length;
    }
    parts.push(node.data.slice(at));
    const fragment = document.createDocumentFragment();
    append(fragment, ...parts.filter((p) => p !== ''));
    node.replaceWith(fragment);
  }
}
