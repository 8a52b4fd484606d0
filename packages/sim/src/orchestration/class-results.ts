/**
 * A class's results from the files the students handed in: each file is a
 * replay (re-played, its hash checked by `verifyReplay`) or a per-game summary
 * the game exported (`parseSummary`). A file that is not JSON, is malformed or
 * does not reproduce its hash keeps its row, flagged, and is left out of the
 * comparison. Both the game's class results screen and `c5sim class` read a
 * class through this file (the CLI only adds reading from disk and its
 * output), so the two give a teacher the same reading of the same files.
 */
import { scorecard } from '../kernel';
import type { PartnerId, StateId } from '../model';
import { loadReplay, REPLAY_FORMAT, verifyReplay } from './replay';
import {
  type GameSummary,
  parseSummary,
  round2,
  type SUMMARY_FIGURES,
  SUMMARY_FORMAT,
  summarizeGame,
} from './summary';

/** How a file was checked. */
export type ClassCheck = 'verified' | 'summary' | 'tampered' | 'invalid';

/** Why a file is flagged, for the screen to phrase. */
export type ClassProblem =
  | { readonly code: 'not-json'; readonly reason: string }
  | { readonly code: 'not-a-class-file'; readonly format: string }
  | { readonly code: 'bad-summary'; readonly problems: readonly string[] }
  | { readonly code: 'bad-replay'; readonly problems: readonly string[] }
  | { readonly code: 'does-not-run'; readonly reason: string }
  | { readonly code: 'altered'; readonly reached: string; readonly recorded: string };

/** One row of the class table: a student (a played state of a file), or a flagged file. */
export interface ClassRow {
  readonly file: string;
  readonly label: string;
  /** The state the student played; '' for an all-AI game or a flagged file. */
  readonly state: StateId | '';
  readonly check: ClassCheck;
  readonly problem?: ClassProblem;
  readonly summary?: GameSummary;
  /** The partner the state leaned on most, and its share of exposure (replays only). */
  readonly lean?: { readonly partner: PartnerId; readonly share: number };
}

/** A file as it was read: its name (the `file` of its rows) and its text. */
export interface ClassFile {
  readonly name: string;
  readonly text: string;
  /**
   * The student's label when the file carries none (a replay, or a summary
   * without a label); by default the name without its extension.
   */
  readonly label?: string;
}

/** A file name without its `.json`, `.replay.json` or `.summary.json` extension. */
export const labelOfName = (name: string): string =>
  name.replace(/(\.replay|\.summary)?\.json$/i, '');

/** The student's label of a file: a summary's label, else the file's own. */
function labelOf(file: ClassFile, summary?: GameSummary): string {
  if (summary && summary.label !== '') return summary.label;
  return file.label ?? labelOfName(file.name);
}

function rowsOf(
  file: ClassFile,
  summary: GameSummary,
  check: ClassCheck,
  extra: { problem?: ClassProblem; lean?: (state: StateId) => ClassRow['lean'] } = {},
): ClassRow[] {
  const states: (StateId | '')[] = summary.players.length > 0 ? [...summary.players] : [''];
  return states.map((state) => {
    const lean = state === '' ? undefined : extra.lean?.(state);
    return {
      file: file.name,
      label: labelOf(file, summary),
      state,
      check,
      summary,
      ...(extra.problem ? { problem: extra.problem } : {}),
      ...(lean ? { lean } : {}),
    };
  });
}

const flagged = (file: ClassFile, problem: ClassProblem): ClassRow[] => [
  { file: file.name, label: labelOf(file), state: '', check: 'invalid', problem },
];

/** How many of a malformed file's problems a row keeps. */
const FIRST_PROBLEMS = 3;

/** Reads and checks one file into its rows. */
export function classRowsOf(file: ClassFile): ClassRow[] {
  let value: unknown;
  try {
    value = JSON.parse(file.text);
  } catch (error) {
    return flagged(file, { code: 'not-json', reason: (error as Error).message });
  }
  const format =
    value !== null && typeof value === 'object'
      ? (value as { format?: unknown }).format
      : undefined;
  if (format === SUMMARY_FORMAT) {
    const parsed = parseSummary(value);
    if (!parsed.ok)
      return flagged(file, {
        code: 'bad-summary',
        problems: parsed.problems.slice(0, FIRST_PROBLEMS),
      });
    return rowsOf(file, parsed.summary, 'summary');
  }
  if (typeof format !== 'string' || !format.startsWith(REPLAY_FORMAT))
    return flagged(file, { code: 'not-a-class-file', format: JSON.stringify(format) });
  const loaded = loadReplay(value);
  if (!loaded.ok)
    return flagged(file, {
      code: 'bad-replay',
      problems: loaded.error.problems
        .slice(0, FIRST_PROBLEMS)
        .map((p) => `${p.path || '(file)'}: ${p.message}`),
    });
  let verdict: ReturnType<typeof verifyReplay>;
  try {
    verdict = verifyReplay(loaded.replay);
  } catch (error) {
    return flagged(file, { code: 'does-not-run', reason: (error as Error).message });
  }
  const summary = summarizeGame(verdict.game);
  const card = scorecard(verdict.game);
  const lean = (state: StateId) => {
    const s = card.states.find((x) => x.state === state);
    return s ? { partner: s.topExposure.partner, share: round2(s.topExposure.share) } : undefined;
  };
  if (!verdict.ok)
    return rowsOf(file, summary, 'tampered', {
      problem: { code: 'altered', reached: verdict.hash, recorded: loaded.replay.hash },
      lean,
    });
  return rowsOf(file, summary, 'verified', { lean });
}

/** The class table of several files, in the order given. */
export function classRows(files: readonly ClassFile[]): ClassRow[] {
  return files.flatMap(classRowsOf);
}

/** Whether a row's figures can be trusted for the comparison. */
export const trusted = (r: Pick<ClassRow, 'check' | 'state'>): boolean =>
  (r.check === 'verified' || r.check === 'summary') && r.state !== '';

/** Whether a file failed its check. */
export const isFlagged = (r: Pick<ClassRow, 'check'>): boolean =>
  r.check === 'tampered' || r.check === 'invalid';

/** A figure of a state's summary. */
export type ClassFigure = (typeof SUMMARY_FIGURES)[number];

/** A figure of the row's played state, when it has one. */
export function figure(
  r: Pick<ClassRow, 'state' | 'summary'>,
  key: ClassFigure,
): number | undefined {
  return r.state === '' ? undefined : r.summary?.states[r.state][key];
}

/** The objectives the row's game met, as "met/all"; '' without a summary. */
export function objectivesMet(r: Pick<ClassRow, 'summary'>): string {
  if (!r.summary) return '';
  const all = r.summary.objectives;
  return `${all.filter((o) => o.met).length}/${all.length}`;
}

/** A group's mean of one figure. */
export interface CostOfBalance {
  readonly figure: 'prosperity' | 'security' | 'welfare';
  readonly balanced: number;
  readonly leaned: number;
}

/** What the comparison reads of a row; the rest (its problem, its lean) it passes through. */
export type ComparedRow = Pick<ClassRow, 'file' | 'check' | 'state' | 'summary'>;

/** One scenario's part of the comparison. */
export interface ScenarioComparison<R extends ComparedRow = ClassRow> {
  readonly scenario: string;
  readonly medianAutonomy: number;
  readonly balanced: readonly R[];
  readonly leaned: readonly R[];
  /** Each group's mean prosperity, security and welfare; only when both groups have students. */
  readonly cost: readonly CostOfBalance[];
}

/** The whole comparison: each scenario's, and the files left out of it. */
export interface ClassComparison<R extends ComparedRow = ClassRow> {
  readonly scenarios: readonly ScenarioComparison<R>[];
  /** The files left out of the comparison (tampered or invalid), each once. */
  readonly leftOut: readonly string[];
}

const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function median(sorted: readonly number[]): number {
  const n = sorted.length;
  return n % 2 === 1
    ? (sorted[(n - 1) / 2] ?? 0)
    : ((sorted[n / 2 - 1] ?? 0) + (sorted[n / 2] ?? 0)) / 2;
}

/**
 * Who balanced, who leaned, what it cost: per scenario, the students at or
 * above the class's median autonomy (the model's measure of balance: it falls
 * as a state's exposure concentrates on one partner) against those below it,
 * with each group's mean prosperity, security and welfare.
 */
export function compareClass<R extends ComparedRow = ClassRow>(
  rows: readonly R[],
): ClassComparison<R> {
  const scenarios = [...new Set(rows.filter(trusted).map((r) => r.summary?.scenario ?? ''))];
  return {
    scenarios: scenarios.map((scenario) => {
      const group = rows.filter((r) => trusted(r) && r.summary?.scenario === scenario);
      const autonomy = (r: R) => figure(r, 'autonomy') ?? 0;
      const mid = median(group.map(autonomy).sort((a, b) => a - b));
      const balanced = group.filter((r) => autonomy(r) >= mid);
      const leaned = group.filter((r) => autonomy(r) < mid);
      const cost =
        balanced.length > 0 && leaned.length > 0
          ? (['prosperity', 'security', 'welfare'] as const).map((key) => ({
              figure: key,
              balanced: mean(balanced.map((r) => figure(r, key) ?? 0)),
              leaned: mean(leaned.map((r) => figure(r, key) ?? 0)),
            }))
          : [];
      return { scenario, medianAutonomy: mid, balanced, leaned, cost };
    }),
    leftOut: [...new Set(rows.filter(isFlagged).map((r) => r.file))],
  };
}
