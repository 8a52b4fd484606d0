/**
 * Text that does not fit its box, found in the page as it is: a page wider
 * than the window, a visible element whose content is wider than it (spilling
 * out, or pushing a scroll bar where none was meant), and text cut off by
 * `overflow: hidden`. A box made to scroll sideways says so with the class
 * `scroll-x`; form fields, canvases and visually hidden text are left out.
 */
import type { Page } from 'playwright-core';

/** One line per box that overflows, naming it. */
export function overflowingBoxes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const name = (e: Element) => {
      const id = e.id ? `#${e.id}` : '';
      const testId = e.getAttribute('data-testid');
      const classes = [...e.classList].map((c) => `.${c}`).join('');
      const text = (e.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return `${e.tagName.toLowerCase()}${id}${classes}${testId ? `[${testId}]` : ''} "${text}"`;
    };
    const page = document.documentElement;
    if (page.scrollWidth > page.clientWidth + 1)
      problems.push(
        `the page is wider than the window (${page.scrollWidth} > ${page.clientWidth})`,
      );
    const skipped = 'input, select, textarea, canvas, svg, option, .u-wrap, .u-over, .u-under';
    for (const e of document.body.querySelectorAll<HTMLElement>('*')) {
      if (e.matches(skipped) || e.closest('.scroll-x, svg, .u-wrap')) continue;
      const box = e.getBoundingClientRect();
      // Hidden, collapsed or visually hidden (a screen reader's text): nothing to see.
      if (box.width <= 1 || box.height <= 1 || e.clientWidth === 0) continue;
      const style = getComputedStyle(e);
      if (style.visibility === 'hidden' || style.clip !== 'auto') continue;
      if (e.closest('details:not([open]) > :not(summary)')) continue;
      if (e.scrollWidth > e.clientWidth + 1)
        problems.push(`${name(e)} is ${e.scrollWidth}px wide inside ${e.clientWidth}px`);
      const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip';
      if (clipsY && e.scrollHeight > e.clientHeight + 1 && (e.textContent ?? '').trim() !== '')
        problems.push(
          `${name(e)} cuts its text: ${e.scrollHeight}px tall inside ${e.clientHeight}px`,
        );
    }
    return problems;
  });
}
