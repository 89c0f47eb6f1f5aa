/**
 * Building the page's elements. Every piece of text goes in through
 * `textContent`, never as HTML: a `<script>` in a scenario note is shown as
 * the characters `<script>`, and nothing in a file can run in the page.
 */

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const found = document.getElementById(id);
  if (!found) throw new Error(`the viewer page has no #${id}`);
  return found as T;
}

export interface ElementOptions {
  className?: string;
  text?: string;
  attributes?: Record<string, string>;
}

/**
 * A new element with its text and children.
 * @example element('p', { className: 'note', text: step.note })
 */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  options: ElementOptions = {},
  ...children: Array<Node | null>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined) node.textContent = options.text;
  for (const [name, value] of Object.entries(options.attributes ?? {})) node.setAttribute(name, value);
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A definition list from label/value pairs; a value may be text or an element. */
export function definitionList(rows: Array<[string, string | Node]>): HTMLDListElement {
  const list = element('dl');
  for (const [label, value] of rows) {
    list.append(element('dt', { text: label }), typeof value === 'string' ? element('dd', { text: value }) : element('dd', {}, value));
  }
  return list;
}

/** Replaces the children of `container`, skipping the parts that are absent (null). */
export function fill(container: HTMLElement, ...children: Array<Node | null>): void {
  container.replaceChildren(...children.filter((child): child is Node => child !== null));
}
