/**
 * The class results screen: the teacher chooses (or drops) the files the
 * students handed in, several at once and in as many goes as needed; the
 * screen shows one row a student, the files that failed their check, and who
 * balanced, who leaned and what it cost. The checks are the sim's, through
 * (`classRowsOf`, `compareClass`); this file only reads files and phrases the result.
 */
import {
  type ClassComparison,
  type ClassFile,
  type ClassProblem,
  type ClassRow,
  classRowsOf,
  compareClass,
  figure,
  isFlagged,
  objectivesMet,
} from '@c5plus/sim';
import { type ClassroomContext, partnerName, stateName } from './context';
import { button, el, field, mount } from './elements';
import { CLASSROOM_NS } from './strings';

function translate(context: ClassroomContext) {
  return (key: string, options: Record<string, unknown> = {}) =>
    context.t(key, { ns: CLASSROOM_NS, ...options });
}

const FIGURES = ['welfare', 'prosperity', 'security', 'autonomy'] as const;
const fixed = (n: number) => (Number(n.toFixed(1)) === 0 ? (0).toFixed(1) : n.toFixed(1));

/** A flagged file's problem, phrased. */
export function problemText(
  context: ClassroomContext,
  file: string,
  problem: ClassProblem,
): string {
  const t = translate(context);
  const key = `classResults.problem.${problem.code}`;
  if (problem.code === 'bad-summary' || problem.code === 'bad-replay')
    return t(key, { file, problems: problem.problems.join('; ') });
  return t(key, { file, ...problem });
}

function table(context: ClassroomContext, rows: readonly ClassRow[]): HTMLElement {
  const t = translate(context);
  const head = [
    'student',
    'state',
    'scenario',
    'seed',
    ...FIGURES,
    'objectives',
    'lean',
    'check',
  ].map((key) => el('th', { scope: 'col' }, t(`classResults.${key}`)));
  const body = rows.map((r) =>
    el(
      'tr',
      { 'data-check': r.check, 'data-file': r.file },
      el('th', { scope: 'row' }, r.label),
      el(
        'td',
        { 'data-state': r.state },
        r.state === '' ? (r.summary ? t('classResults.allAi') : '') : stateName(context, r.state),
      ),
      el('td', {}, r.summary?.scenario ?? ''),
      el('td', {}, r.summary?.seed ?? ''),
      ...FIGURES.map((key) => {
        const v = figure(r, key);
        return el('td', { 'data-figure': key }, v === undefined ? '' : fixed(v));
      }),
      el('td', {}, objectivesMet(r)),
      el(
        'td',
        {},
        r.lean ? `${partnerName(context, r.lean.partner)} ${Math.round(r.lean.share * 100)}%` : '',
      ),
      el('td', {}, t(`classResults.checkName.${r.check}`)),
    ),
  );
  // The wrap scrolls sideways on a narrow screen: focusable and named, so the keyboard scrolls it too.
  return el(
    'div',
    {
      class: 'c5-table-wrap',
      tabindex: 0,
      role: 'region',
      'aria-label': t('classResults.tableCaption'),
    },
    el(
      'table',
      { class: 'c5-class-table', 'data-testid': 'class-table' },
      el('caption', {}, t('classResults.tableCaption')),
      el('thead', {}, el('tr', {}, ...head)),
      el('tbody', {}, ...body),
    ),
  );
}

function comparisonView(context: ClassroomContext, comparison: ClassComparison): HTMLElement {
  const t = translate(context);
  const name = (r: ClassRow) => {
    const state = r.state === '' ? '' : stateName(context, r.state);
    return r.lean
      ? t('classResults.studentLeaning', {
          label: r.label,
          state,
          partner: partnerName(context, r.lean.partner),
          share: Math.round(r.lean.share * 100),
        })
      : t('classResults.studentPlain', { label: r.label, state });
  };
  const names = (rows: readonly ClassRow[]) =>
    rows.length > 0 ? rows.map(name).join('; ') : t('classResults.nobody');
  const parts = comparison.scenarios.map((s) =>
    el(
      'div',
      { 'data-testid': 'class-comparison-scenario', 'data-scenario': s.scenario },
      el(
        'p',
        {},
        t('classResults.scenarioLine', {
          scenario: s.scenario,
          count: s.balanced.length + s.leaned.length,
          median: fixed(s.medianAutonomy),
        }),
      ),
      el(
        'ul',
        {},
        el(
          'li',
          { 'data-testid': 'balanced' },
          t('classResults.balanced', { names: names(s.balanced) }),
        ),
        el('li', { 'data-testid': 'leaned' }, t('classResults.leaned', { names: names(s.leaned) })),
        s.cost.length > 0
          ? el(
              'li',
              { 'data-testid': 'cost' },
              t('classResults.cost', {
                figures: s.cost
                  .map((c) =>
                    t('classResults.costFigure', {
                      figure: t(`classResults.${c.figure}`),
                      balanced: fixed(c.balanced),
                      leaned: fixed(c.leaned),
                    }),
                  )
                  .join(', '),
              }),
            )
          : null,
      ),
    ),
  );
  return el(
    'section',
    { 'data-testid': 'class-comparison', 'aria-labelledby': 'c5-class-comparison' },
    el('h3', { id: 'c5-class-comparison' }, t('classResults.comparisonHeading')),
    ...parts,
    comparison.leftOut.length > 0
      ? el(
          'p',
          { 'data-testid': 'left-out' },
          t('classResults.leftOut', { files: comparison.leftOut.join(', ') }),
        )
      : null,
  );
}

function flaggedView(context: ClassroomContext, rows: readonly ClassRow[]): HTMLElement | null {
  const flagged = rows.filter(isFlagged);
  if (flagged.length === 0) return null;
  const t = translate(context);
  return el(
    'div',
    { role: 'alert', class: 'c5-problems', 'data-testid': 'class-flagged' },
    el('p', {}, t('classResults.flaggedHeading')),
    el(
      'ul',
      {},
      ...flagged.map((r) =>
        el(
          'li',
          { 'data-file': r.file },
          r.problem ? problemText(context, r.file, r.problem) : r.file,
        ),
      ),
    ),
  );
}

/** Reads the browser's files as text. */
async function readAll(files: Iterable<File>): Promise<ClassFile[]> {
  return Promise.all([...files].map(async (f) => ({ name: f.name, text: await f.text() })));
}

/** The class results screen. */
export function showClassResults(host: HTMLElement, context: ClassroomContext): void {
  const t = translate(context);
  // Files by name: the same file chosen again replaces its rows.
  const byFile = new Map<string, ClassRow[]>();
  const input = el('input', {
    type: 'file',
    accept: '.json,application/json',
    multiple: true,
    'data-testid': 'class-files',
  });
  const status = el(
    'p',
    { role: 'status', 'data-testid': 'class-status' },
    t('classResults.empty'),
  );
  const results = el('div', { 'data-testid': 'class-results-body' });

  const render = () => {
    const rows = [...byFile.values()].flat();
    status.textContent =
      byFile.size === 0
        ? t('classResults.empty')
        : t('classResults.loaded', { count: byFile.size });
    results.replaceChildren(
      ...(rows.length === 0
        ? []
        : [
            table(context, rows),
            flaggedView(context, rows),
            comparisonView(context, compareClass(rows)),
            el(
              'div',
              { class: 'c5-actions' },
              button(t('classResults.clear'), () => {
                byFile.clear();
                render();
                input.focus();
              }),
            ),
          ]
      ).filter((n): n is HTMLElement => n !== null),
    );
  };
  const add = async (files: Iterable<File>) => {
    for (const file of await readAll(files)) byFile.set(file.name, classRowsOf(file));
    render();
  };

  input.addEventListener('change', async () => {
    if (input.files) await add(input.files);
    input.value = '';
  });
  const zone = el(
    'div',
    { class: 'c5-drop', 'data-testid': 'class-drop' },
    field(t('classResults.files'), input, 'c5-class-files'),
    el('p', {}, t('classResults.drop')),
  );
  zone.addEventListener('dragover', (event) => {
    event.preventDefault();
    zone.classList.add('c5-drop-over');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('c5-drop-over'));
  zone.addEventListener('drop', (event) => {
    event.preventDefault();
    zone.classList.remove('c5-drop-over');
    if (event.dataTransfer?.files) void add(event.dataTransfer.files);
  });

  mount(
    host,
    el(
      'section',
      { class: 'c5-screen', 'data-testid': 'class-results' },
      el('h2', {}, t('classResults.heading')),
      el('p', {}, t('classResults.intro')),
      zone,
      status,
      results,
      el(
        'div',
        { class: 'c5-actions' },
        button(t('title.back'), () => context.toTitle()),
      ),
    ),
  );
}
