/**
 * Charts as wide as their box: uPlot draws at a fixed width, so when the
 * window or the browser's zoom changes the panel's width, the charts are
 * resized to it (never wider than `max`, never narrower than readable).
 */
import type uPlot from 'uplot';

/** The width a chart should take in `box`. */
export const chartWidth = (box: HTMLElement, max: number): number =>
  Math.max(280, Math.min(max, box.clientWidth));

/** Keeps the charts `plots()` gives as wide as `box`; stops once the box has left the page. */
export function keepFitted(box: HTMLElement, max: number, plots: () => readonly uPlot[]): void {
  const observer = new ResizeObserver(() => {
    if (!box.isConnected) {
      observer.disconnect();
      return;
    }
    const width = chartWidth(box, max);
    for (const plot of plots())
      if (plot.width !== width) plot.setSize({ width, height: plot.height });
  });
  observer.observe(box);
}
