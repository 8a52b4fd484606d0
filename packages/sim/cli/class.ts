/**
 * `c5sim class`: a class's results in one table. Each file is a student's
 * replay (re-played, its hash checked) or a per-game summary the game
 * exported; a file that cannot be read, is malformed or does not reproduce its
 * hash keeps its row, flagged, and is left out of the comparison.
 */
import { basename } from 'node:path';
import { scorecard } from '../src/kernel';
import type { PartnerId, StateId } from '../src/model';
import {
  csvField,
  type GameSummary,
  parseSummary,
  round2,
  SUMMARY_FORMAT,
  summarizeGame,
  verifyReplay,
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
import { readJson } from './files';
import { checkReplayFile } from './replay';

/** How a file was checked. */
export type ClassCheck = 'verified' | 'summary' | 'tampered' | 'invalid';

/** One row of the class table: a student (a played state of a file), or a flagged file. */
export interface ClassRow {
  readonly file: string;
  readonly label: string;
  /** The state the student played; '' for an all-AI game or a flagged file. */
  readonly state: StateId | '';
  readonly check: ClassCheck;
  /** Why a file is flagged. */
  readonly problem?: string;
  readonly summary?: GameSummary;
  /** The partner the state leaned on most, and its share of exposure (replays only). */
  readonly lean?: { readonly partner: PartnerId; readonly share: number };
}

/** The student's label of a file: a summary's label, else the file name without its extension. */
function labelOf(file: string, summary?: GameSummary): string {
  if (summary && summary.label !== '') return summary.label;
  return basename(file).replace(/(\.replay)?\.json$/i, '');
}

function rowsOf(
  file: string,
  summary: GameSummary,
  check: ClassCheck,
  extra: { problem?: string; lean?: (state: StateId) => ClassRow['lean'] } = {},
): ClassRow[] {
  const states: (StateId | '')[] = summary.players.length > 0 ? [...summary.players] : [''];
  return states.map((state) => {
    const lean = state === '' ? undefined : extra.lean?.(state);
    return {
      file,
      label: labelOf(file, summary),
      state,
      check,
      summary,
      ...(extra.problem ? { problem: extra.problem } : {}),
      ...(lean ? { lean } : {}),
    };
  });
}

function flagged(file: string, problem: string): ClassRow[] {
  return [{ file, label: labelOf(file), state: '', check: 'invalid', problem }];
}

/** Reads and checks one file into its rows. */
export function classRows(file: string): ClassRow[] {
  let json: ReturnType<typeof readJson>['json'];
  try {
    json = readJson(file).json;
  } catch (error) {
    if (error instanceof CliError) return flagged(file, error.message);
    throw error;
  }
  if (!json.ok) return flagged(file, json.reason);
  const value = json.value as { format?: unknown } | null;
  const format = value !== null && typeof value === 'object' ? value.format : undefined;
  if (format === SUMMARY_FORMAT) {
    const parsed = parseSummary(value);
    if (!parsed.ok)
      return flagged(file, `not a valid summary: ${parsed.problems.slice(0, 3).join('; ')}`);
    return rowsOf(file, parsed.summary, 'summary');
  }
  if (typeof format !== 'string' || !format.startsWith('c5plus-replay'))
    return flagged(
      file,
      `neither a replay nor a summary (its "format" is ${JSON.stringify(format)})`,
    );
  const checked = checkReplayFile(value);
  if (!checked.replay)
    return flagged(file, `not a usable replay: ${checked.problems.slice(0, 3).join('; ')}`);
  let verdict: ReturnType<typeof verifyReplay>;
  try {
    verdict = verifyReplay(checked.replay);
  } catch (error) {
    return flagged(file, `the replay does not run: ${(error as Error).message}`);
  }
  const summary = summarizeGame(verdict.game);
  const card = scorecard(verdict.game);
  const lean = (state: StateId) => {
    const s = card.states.find((x) => x.state === state);
    return s ? { partner: s.topExposure.partner, share: round2(s.topExposure.share) } : undefined;
  };
  if (!verdict.ok)
    return rowsOf(file, summary, 'tampered', {
      problem: `altered: its plans reach hash ${verdict.hash}, not the recorded ${checked.replay.hash}`,
      lean,
    });
  return rowsOf(file, summary, 'verified', { lean });
}

const FIGURES = [
  'welfare',
  'prosperity',
  'security',
  'autonomy',
  'connectivity',
  'humanCapital',
] as const;

/** Whether a row's figures can be trusted for the comparison. */
const trusted = (r: ClassRow) =>
  (r.check === 'verified' || r.check === 'summary') && r.state !== '';

function figure(r: ClassRow, key: (typeof FIGURES)[number]): number | undefined {
  return r.state === '' ? undefined : r.summary?.states[r.state][key];
}

function objectivesMet(r: ClassRow): string {
  if (!r.summary) return '';
  const all = r.summary.objectives;
  return `${all.filter((o) => o.met).length}/${all.length}`;
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

/**
 * Who balanced, who leaned, what it cost: per scenario, the students at or
 * above the class's median autonomy (the model's measure of balance: it falls
 * as a state's exposure concentrates on one partner) against those below it,
 * with each group's mean prosperity, security and welfare.
 */
export function comparison(rows: readonly ClassRow[]): string[] {
  const out: string[] = [];
  const scenarios = [...new Set(rows.filter(trusted).map((r) => r.summary?.scenario ?? ''))];
  for (const scenario of scenarios) {
    const group = rows.filter((r) => trusted(r) && r.summary?.scenario === scenario);
    const autonomy = group.map((r) => figure(r, 'autonomy') ?? 0).sort((a, b) => a - b);
    const median =
      autonomy.length % 2 === 1
        ? (autonomy[(autonomy.length - 1) / 2] ?? 0)
        : ((autonomy[autonomy.length / 2 - 1] ?? 0) + (autonomy[autonomy.length / 2] ?? 0)) / 2;
    const name = (r: ClassRow) =>
      `${r.label} (${r.state}${r.lean ? `, most exposed to ${r.lean.partner} ${Math.round(r.lean.share * 100)}%` : ''})`;
    const balanced = group.filter((r) => (figure(r, 'autonomy') ?? 0) >= median);
    const leaned = group.filter((r) => (figure(r, 'autonomy') ?? 0) < median);
    out.push(
      `${scenario}: ${group.length} student${group.length === 1 ? '' : 's'}, median autonomy ${fixed(median)}`,
    );
    out.push(
      `  balanced (autonomy at or above the median): ${balanced.map(name).join('; ') || 'nobody'}`,
    );
    out.push(`  leaned (autonomy below the median): ${leaned.map(name).join('; ') || 'nobody'}`);
    if (balanced.length > 0 && leaned.length > 0) {
      const cost = (key: (typeof FIGURES)[number]) => {
        const b = mean(balanced.map((r) => figure(r, key) ?? 0));
        const l = mean(leaned.map((r) => figure(r, key) ?? 0));
        return `${key} ${fixed(b)} vs ${fixed(l)}`;
      };
      out.push(
        `  what it cost (balanced vs leaned, means): ${cost('prosperity')}, ${cost('security')}, ${cost('welfare')}`,
      );
    }
  }
  const left = rows.filter((r) => r.check === 'tampered' || r.check === 'invalid');
  if (left.length > 0)
    out.push(`Left out of the comparison: ${[...new Set(left.map((r) => r.file))].join(', ')}`);
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
  const flaggedCount = new Set(
    rows.filter((r) => r.check === 'tampered' || r.check === 'invalid').map((r) => r.file),
  ).size;
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
