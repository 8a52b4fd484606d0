/**
 * Building the classroom screens' DOM: file content and data only ever
 * become text (`textContent`), never markup.
 */
type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : String(value));
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** A button that runs `action` when pressed (mouse, Enter or Space). */
export function button(
  label: string,
  action: () => void,
  attributes: Record<string, string | boolean | undefined> = {},
): HTMLButtonElement {
  const node = el('button', { type: 'button', ...attributes }, label);
  node.addEventListener('click', action);
  return node;
}

/** A labelled control: the label names it for screen readers. */
export function field(label: string, control: HTMLElement, id: string): HTMLElement {
  control.id = id;
  return el('div', { class: 'c5-field' }, el('label', { for: id }, label), control);
}

/** A select of `[value, label]` options. */
export function select(
  options: readonly (readonly [string, string])[],
  value: string,
  attributes: Record<string, string | undefined> = {},
): HTMLSelectElement {
  const node = el('select', attributes);
  for (const [v, label] of options) {
    const option = el('option', { value: v }, label);
    if (v === value) option.selected = true;
    node.append(option);
  }
  return node;
}

/** A list of problems, each with its path, announced to screen readers. */
export function problemList(
  headline: string,
  problems: readonly { readonly path: string; readonly reason: string }[],
  testId: string,
): HTMLElement {
  return el(
    'div',
    { role: 'alert', class: 'c5-problems', 'data-testid': testId },
    el('p', {}, headline),
    problems.length > 0
      ? el(
          'ul',
          {},
          ...problems.map((p) =>
            el('li', {}, el('code', { class: 'c5-path' }, p.path), ': ', p.reason),
          ),
        )
      : null,
  );
}

/** Replaces a host's content with a screen and moves the focus to its heading. */
export function mount(host: HTMLElement, screen: HTMLElement, focus?: HTMLElement): void {
  host.replaceChildren(screen);
  const target = focus ?? screen.querySelector<HTMLElement>('h1, h2');
  if (target) {
    if (!target.matches('button, input, select, a, textarea')) target.tabIndex = -1;
    target.focus();
  }
}
