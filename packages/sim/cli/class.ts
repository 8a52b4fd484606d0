/**
 * `c5sim class`: a class's results in one table. Each file is a student's
 * replay (re-played, its hash checked) or a per-game summary the game
 * exported; a file that cannot be read, is malformed or does not reproduce its
 * hash keeps its row, flagged, and is left out of the comparison.
 */
import { basename } from 'node:path';
import {
  type ClassRow as CheckedRow,
  type ClassProblem,
  classRowsOf,
  compareClass,
  csvField,
  figure,
  isFlagged,
  objectivesMet,
  SUMMARY_FIGURES,
  trusted,
} from '../src/orchestration';
import {
  CliError,
  type CommandResult,
  checkWritable,
  fixed,
  lines,
  table,
  UsageError,
  writeText,
} from './common';
import { EXIT_INVALID, EXIT_OK } from './exit-codes';
import { readInputText } from './read-file';

export type { ClassCheck } from '../src/orchestration';

/** One row of the class table, its problem phrased for the command line. */
export type ClassRow = Omit<CheckedRow, 'problem'> & {
  /** Why a file is flagged. */
  readonly problem?: string;
};

/** A flagged file's problem, as the command line says it. */
function problemText(problem: ClassProblem): string {
  switch (problem.code) {
    case 'not-json':
      return `not valid JSON: ${problem.reason}`;
    case 'not-a-class-file':
      return `neither a replay nor a summary (its "format" is ${problem.format})`;
    case 'bad-summary':
      return `not a valid summary: ${problem.problems.join('; ')}`;
    case 'bad-replay':
      return `not a usable replay: ${problem.problems.join('; ')}`;
    case 'does-not-run':
      return `the replay does not run: ${problem.reason}`;
    case 'altered':
      return `altered: its plans reach hash ${problem.reached}, not the recorded ${problem.recorded}`;
  }
}

function phrased(row: CheckedRow): ClassRow {
  const { problem, ...rest } = row;
  // Overwriting `problem` keeps its place among the keys, so the JSON output keeps its order.
  return problem ? { ...row, problem: problemText(problem) } : rest;
}

/** Reads and checks one file into its rows. */
export function classRows(file: string): ClassRow[] {
  // The label the command line has always given: the base name without `.json` or `.replay.json`.
  const label = basename(file).replace(/(\.replay)?\.json$/i, '');
  let text: string;
  try {
    text = readInputText(file, 'file');
  } catch (error) {
    if (error instanceof CliError)
      return [{ file, label, state: '', check: 'invalid', problem: error.message }];
    throw error;
  }
  return classRowsOf({ name: file, text, label }).map(phrased);
}

const FIGURES = SUMMARY_FIGURES;

/**
 * Who balanced, who leaned, what it cost (`compareClass`), in lines: per
 * scenario, the students at or above the class's median autonomy against
 * those below it, with each group's mean prosperity, security and welfare.
 */
export function comparison(rows: readonly ClassRow[]): string[] {
  const out: string[] = [];
  const compared = compareClass(rows);
  const name = (r: ClassRow) =>
    `${r.label} (${r.state}${r.lean ? `, most exposed to ${r.lean.partner} ${Math.round(r.lean.share * 100)}%` : ''})`;
  for (const { scenario, medianAutonomy, balanced, leaned, cost } of compared.scenarios) {
    const group = balanced.length + leaned.length;
    out.push(
      `${scenario}: ${group} student${group === 1 ? '' : 's'}, median autonomy ${fixed(medianAutonomy)}`,
    );
    out.push(
      `  balanced (autonomy at or above the median): ${balanced.map(name).join('; ') || 'nobody'}`,
    );
    out.push(`  leaned (autonomy below the median): ${leaned.map(name).join('; ') || 'nobody'}`);
    if (cost.length > 0)
      out.push(
        `  what it cost (balanced vs leaned, means): ${cost.map((c) => `${c.figure} ${fixed(c.balanced)} vs ${fixed(c.leaned)}`).join(', ')}`,
      );
  }
  if (compared.leftOut.length > 0)
    out.push(`Left out of the comparison: ${compared.leftOut.join(', ')}`);
  return out;
}

const HEADER = [
  'label',
  'file',
  'check',
  'scenario',
  'seed',
  'state',
  'year',
  ...FIGURES,
  'objectivesMet',
  'leanPartner',
  'leanShare',
  'problem',
];

function cellsOf(r: ClassRow): (string | number | boolean)[] {
  const s = r.summary;
  return [
    r.label,
    r.file,
    r.check,
    s?.scenario ?? '',
    s?.seed ?? '',
    r.state,
    s?.year ?? '',
    ...FIGURES.map((k) => {
      const v = figure(r, k);
      return v === undefined ? '' : v.toFixed(2);
    }),
    objectivesMet(r),
    r.lean?.partner ?? '',
    r.lean ? r.lean.share.toFixed(2) : '',
    r.problem ?? '',
  ];
}

/** The class table as CSV: one row per student (or flagged file). */
export function classCsv(rows: readonly ClassRow[]): string {
  return `${[HEADER, ...rows.map(cellsOf)].map((cells) => cells.map(csvField).join(',')).join('\n')}\n`;
}

/** The class table as JSON: the rows (with each summary) and the comparison. */
export function classJson(rows: readonly ClassRow[]): string {
  return `${JSON.stringify({ format: 'c5plus-class/1', rows, comparison: comparison(rows) }, null, 2)}\n`;
}

/** The options of `c5sim class`. */
export interface ClassCommandOptions {
  readonly files: readonly string[];
  readonly out?: string;
  readonly format?: string;
}

function formatFor(options: ClassCommandOptions): 'csv' | 'json' | undefined {
  if (options.format !== undefined) {
    if (options.format !== 'csv' && options.format !== 'json')
      throw new UsageError(`--format must be csv or json (got "${options.format}")`);
    return options.format;
  }
  if (options.out === undefined) return undefined;
  if (options.out.toLowerCase().endsWith('.json')) return 'json';
  if (options.out.toLowerCase().endsWith('.csv')) return 'csv';
  throw new UsageError(
    `--out ${options.out}: the file must end in .csv or .json, or give --format`,
  );
}

/** `c5sim class FILES… [--out FILE] [--format csv|json]`: exit 0 if every file checks, 1 if any is flagged. */
export function classCommand(options: ClassCommandOptions): CommandResult {
  if (options.files.length === 0) throw new UsageError('name the replay or summary files');
  const format = formatFor(options);
  if (options.out !== undefined) checkWritable(options.out, 'output file');
  const rows = options.files.flatMap(classRows);
  const flaggedCount = new Set(rows.filter(isFlagged).map((r) => r.file)).size;
  const text = format === 'json' ? classJson(rows) : format === 'csv' ? classCsv(rows) : undefined;
  if (options.out !== undefined && text !== undefined) writeText(options.out, text, 'output file');
  const exitCode = flaggedCount > 0 ? EXIT_INVALID : EXIT_OK;
  if (options.out === undefined && text !== undefined) return { stdout: text, exitCode };
  const shown = table(
    [
      'student',
      'state',
      'scenario',
      'seed',
      'welfare',
      'prosp.',
      'secur.',
      'auton.',
      'objectives',
      'check',
    ],
    rows.map((r) => [
      r.label,
      r.state,
      r.summary?.scenario ?? '',
      r.summary?.seed ?? '',
      ...(['welfare', 'prosperity', 'security', 'autonomy'] as const).map((k) => {
        const v = figure(r, k);
        return v === undefined ? '' : fixed(v);
      }),
      objectivesMet(r),
      r.problem ? `${r.check}: ${r.problem}` : r.check,
    ]),
    ['l', 'l', 'l', 'l', 'r', 'r', 'r', 'r', 'r', 'l'],
  );
  const files = options.files.length;
  return {
    stdout: lines(
      `Class results: ${files} file${files === 1 ? '' : 's'}, ${rows.filter(trusted).length} student row${rows.filter(trusted).length === 1 ? '' : 's'} checked${flaggedCount > 0 ? `, ${flaggedCount} file${flaggedCount === 1 ? '' : 's'} flagged` : ''}`,
      ...(options.out !== undefined ? [`Wrote ${rows.length} rows to ${options.out}.`] : []),
      '',
      shown,
      '',
      ...comparison(rows),
    ),
    exitCode,
  };
}
