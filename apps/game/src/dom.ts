/**
 * Builds DOM nodes from text: data and file content only ever become
 * `textContent`, never markup.
 */
type Child = Node | string | null | undefined | false;

/** An element with attributes and children; strings become text nodes. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    node.setAttribute(name, value === true ? '' : value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

/** Formats a signed change: `+1.2`, `−0.4`. */
export function signed(value: number, digits = 1): string {
  const text = Math.abs(value).toFixed(digits);
  return value >= 0 ? `+${text}` : `−${text}`;
}

/** Offers text as a file download. */
export function download(name: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = el('a', { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * A wide table's box: on a narrow screen (or at 200% zoom) the table scrolls
 * sideways inside it rather than widening the page. Named and focusable, so
 * a keyboard can scroll it and a screen reader says what it holds.
 */
export function scrollBox(label: string, content: HTMLElement): HTMLElement {
  return el(
    'div',
    { class: 'scroll-x', role: 'region', 'aria-label': label, tabindex: '0' },
    content,
  );
}
