/**
 * Spreading a screen's DOM work over the browser's frames, so that no single
 * frame carries all of it: what is seen at once is built at once, the rest
 * (the causes folded inside a disclosure) a slice per frame afterwards.
 */

/** Resolves in a task just after the next frame has been drawn. */
export function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/** How long one slice of deferred work may run before it leaves the rest to the next frame. */
const SLICE_MS = 8;

/**
 * Runs `jobs` in order after the next frame, a few milliseconds of them per
 * frame, while `keepGoing()` holds (the screen is still shown).
 */
export async function inFrameSlices(
  jobs: readonly (() => void)[],
  keepGoing: () => boolean,
): Promise<void> {
  let next = 0;
  while (next < jobs.length) {
    await afterNextFrame();
    const start = performance.now();
    while (next < jobs.length && performance.now() - start < SLICE_MS) {
      if (!keepGoing()) return;
      (jobs[next++] as () => void)();
    }
  }
}

/**
 * A disclosure whose content is built later: by the returned job (run it in
 * a later frame), or at once if the reader opens it first.
 */
export function filledLater(details: HTMLDetailsElement, content: () => Node): () => void {
  let filled = false;
  const fill = () => {
    if (filled) return;
    filled = true;
    details.append(content());
  };
  details.addEventListener('toggle', () => details.open && fill());
  return fill;
}
