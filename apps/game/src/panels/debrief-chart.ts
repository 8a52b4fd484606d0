/**
 * The debrief's path view: welfare and autonomy year by year (two uPlot
 * charts, as the dashboard draws) and a table of the same numbers, for
 * screen readers, print and a precise comparison; filled in as the sim's runs
 * land (./debrief-paths.ts), each into the charts already drawn.
 */
import type { GameState, StateId } from '@c5plus/sim';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { el, scrollBox } from '../dom';
import { stateName, strategyName, t } from '../i18n';
import { chartWidth, keepFitted } from './chart-fit';
import { comparedStrategies, type Path, pathOf, runPaths } from './debrief-paths';
import { afterNextFrame } from './frames';

/** Each line's colour and dash: they differ by dash as well as by colour. */
const LINE: Readonly<Record<string, { stroke: string; dash: number[]; width: number }>> = {
  you: { stroke: '#111111', dash: [], width: 3.5 },
  historical: { stroke: '#b3261e', dash: [8, 4], width: 2.5 },
  multiVector: { stroke: '#1f5fa8', dash: [], width: 1.5 },
  neutral: { stroke: '#2e7d32', dash: [2, 3], width: 1.5 },
  russiaLeaning: { stroke: '#6a3d9a', dash: [10, 3, 2, 3], width: 1.5 },
  chinaLeaning: { stroke: '#8a5a00', dash: [4, 4], width: 1.5 },
  westLeaning: { stroke: '#00838f', dash: [12, 4], width: 1.5 },
  greedy: { stroke: '#c2185b', dash: [2, 6], width: 1.5 },
  lookahead: { stroke: '#455a64', dash: [6, 2, 2, 2], width: 1.5 },
};

const lineName = (id: string) =>
  id === 'you' ? t('path.you') : id === 'historical' ? t('path.historical') : strategyName(id);

/** Aligns the paths on the scenario's years; a path that stops early is padded with gaps. */
function aligned(
  years: readonly number[],
  paths: readonly Path[],
  key: 'welfare' | 'autonomy',
): uPlot.AlignedData {
  return [
    [...years],
    ...paths.map((p) => {
      const byYear = new Map(p.points.map((x) => [x.year, x[key]]));
      return years.map((y) => byYear.get(y) ?? null);
    }),
  ] as uPlot.AlignedData;
}

/** One path's line: its name, colour and dash. */
const seriesOf = (p: Path): uPlot.Series => ({
  label: lineName(p.id),
  stroke: LINE[p.id]?.stroke ?? '#000',
  dash: LINE[p.id]?.dash ?? [],
  width: LINE[p.id]?.width ?? 1.5,
  spanGaps: false,
});

function chart(
  box: HTMLElement,
  years: readonly number[],
  paths: readonly Path[],
  key: 'welfare' | 'autonomy',
  width: number,
): uPlot {
  return new uPlot(
    {
      width,
      height: 260,
      scales: { x: { time: false } },
      legend: { live: false },
      axes: [
        { stroke: '#222', incrs: [1, 2, 5, 10], values: (_u, ticks) => ticks.map(String) },
        { stroke: '#222' },
      ],
      series: [{ label: t('common.year', { year: '' }).trim() }, ...paths.map(seriesOf)],
    },
    aligned(years, paths, key),
    box,
  );
}

/**
 * Adds the paths a chart does not show yet and redraws it with every path: a
 * new uPlot for each landing would cost a new canvas and its first clearing.
 */
function extend(
  plot: uPlot,
  years: readonly number[],
  paths: readonly Path[],
  key: 'welfare' | 'autonomy',
): void {
  for (const p of paths.slice(plot.series.length - 1)) plot.addSeries(seriesOf(p));
  plot.setData(aligned(years, paths, key));
}

/** The table of every path: one row per line, one column per year, "welfare / autonomy". */
function pathTable(years: readonly number[], paths: readonly Path[], start: number): HTMLElement {
  const table = el('table', { class: 'numbers paths', 'data-testid': 'path-table' });
  table.append(
    el('caption', {}, t('path.table')),
    el(
      'tr',
      {},
      el('th', { scope: 'col' }, ''),
      ...years.map((y) =>
        el('th', { scope: 'col' }, y === start ? `${y} (${t('path.start')})` : String(y)),
      ),
    ),
  );
  for (const p of paths) {
    const byYear = new Map(p.points.map((x) => [x.year, x]));
    table.append(
      el(
        'tr',
        { class: p.id === 'you' ? 'you' : undefined, 'data-path': p.id },
        el('th', { scope: 'row' }, lineName(p.id)),
        ...years.map((y) => {
          const x = byYear.get(y);
          return el(
            'td',
            {},
            x
              ? t('path.pair', { welfare: x.welfare.toFixed(1), autonomy: x.autonomy.toFixed(1) })
              : '–',
          );
        }),
      ),
    );
  }
  return table;
}

/**
 * The section, drawn at once with the player's path and filled as each
 * strategy's run lands; `data-ready` is set once every path is in.
 */
export function pathsSection(
  game: GameState,
  history: readonly GameState[],
  player: StateId,
): HTMLElement {
  const section = el('section', { class: 'paths', 'data-testid': 'paths' });
  const total = comparedStrategies().length;
  const status = el(
    'p',
    { class: 'help', 'aria-live': 'polite', 'data-testid': 'paths-status' },
    t('path.running', { done: 0, total }),
  );
  const welfareBox = el('figure', { class: 'chart', 'data-testid': 'path-welfare' });
  const autonomyBox = el('figure', { class: 'chart', 'data-testid': 'path-autonomy' });
  const tableBox = scrollBox(t('path.table'), el('table', {}));
  section.append(
    el('h3', {}, t('path.heading')),
    el('p', { class: 'help' }, t('path.help')),
    status,
    welfareBox,
    autonomyBox,
    tableBox,
  );
  const years: number[] = [];
  for (let y = game.scenario.startYear - 1; y <= game.scenario.endYear; y++) years.push(y);
  const paths: Path[] = [{ id: 'you', points: pathOf(history, player) }];
  const plots: { plot: uPlot; key: 'welfare' | 'autonomy' }[] = [];
  const draw = () => {
    if (plots.length === 0) {
      const width = chartWidth(welfareBox, 720);
      welfareBox.replaceChildren(
        el('figcaption', {}, t('path.welfare', { state: stateName(player) })),
      );
      autonomyBox.replaceChildren(
        el('figcaption', {}, t('path.autonomy', { state: stateName(player) })),
      );
      plots.push({ plot: chart(welfareBox, years, paths, 'welfare', width), key: 'welfare' });
      plots.push({ plot: chart(autonomyBox, years, paths, 'autonomy', width), key: 'autonomy' });
    } else for (const { plot, key } of plots) extend(plot, years, paths, key);
    welfareBox.dataset.series = String(paths.length);
    tableBox.replaceChildren(pathTable(years, paths, game.scenario.startYear - 1));
  };
  // Charted in the frame after the debrief's own (uPlot measures its box), then filled as the
  // sim's worker lands each run.
  void afterNextFrame().then(() => {
    if (!section.isConnected) return;
    draw();
    keepFitted(welfareBox, 720, () => plots.map((p) => p.plot));
    void runPaths(
      game,
      player,
      (path, done) => {
        paths.push(path);
        status.textContent =
          done === total ? t('path.done', { total }) : t('path.running', { done, total });
        draw();
        if (done === total) section.dataset.ready = 'true';
      },
      () => section.isConnected,
    );
  });
  return section;
}
