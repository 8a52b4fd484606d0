/**
 * A per-game summary: the few facts a class table needs about one finished
 * (or abandoned) game — who played which state, the seed, the final
 * indicators and which objectives were met. The game exports it, and
 * `c5sim class` merges many of them. Numbers are rounded to 2 decimals so
 * that the files read well and compare equal across machines.
 */
import { STATE_IDS } from '@c5plus/core';
import { scorecard } from '../kernel';
import { type GameState, type StateId, z } from '../model';
import { hashState } from './hash';

export const SUMMARY_FORMAT = 'c5plus-summary/1';

/** One state's final position, rounded to 2 decimals. */
export interface StateSummary {
  readonly welfare: number;
  readonly prosperity: number;
  readonly security: number;
  readonly autonomy: number;
  readonly connectivity: number;
  readonly humanCapital: number;
}

export interface GameSummary {
  readonly format: typeof SUMMARY_FORMAT;
  /** The student's name or label (may be ''). */
  readonly label: string;
  /** The scenario id. */
  readonly scenario: string;
  readonly seed: string;
  /** The states played by humans (empty: all AI). */
  readonly players: readonly StateId[];
  /** 'human' or a strategy id, per state. */
  readonly controllers: Readonly<Record<StateId, string>>;
  /** The year the game reached. */
  readonly year: number;
  readonly finished: boolean;
  /** hashState of the final state. */
  readonly hash: string;
  readonly states: Readonly<Record<StateId, StateSummary>>;
  /** Each objective, the state it is measured on (null: the region), and whether it was met. */
  readonly objectives: readonly {
    readonly id: string;
    readonly state: StateId | null;
    readonly met: boolean;
  }[];
}

/** The precision of every number in a summary, and of the batch's research rows. */
export const SUMMARY_DECIMALS = 2;

/** Rounds to SUMMARY_DECIMALS; -0 becomes 0 so that text output is stable. */
export function round2(value: number): number {
  const r = Math.round(value * 100) / 100;
  return r === 0 ? 0 : r;
}

/** Summarizes a game as it stands. */
export function summarizeGame(game: GameState, label = ''): GameSummary {
  const card = scorecard(game);
  const states = {} as Record<StateId, StateSummary>;
  for (const s of card.states) {
    states[s.state] = {
      welfare: round2(s.welfare),
      prosperity: round2(s.indicators.prosperity),
      security: round2(s.indicators.security),
      autonomy: round2(s.indicators.autonomy),
      connectivity: round2(s.indicators.connectivity),
      humanCapital: round2(s.indicators.humanCapital),
    };
  }
  const controllers = {} as Record<StateId, string>;
  for (const id of STATE_IDS) controllers[id] = game.controllers[id];
  const objectives = game.scenario.objectives.map((o, i) => {
    const state =
      o.kind === 'indicator' && o.scope !== 'every' && o.scope !== 'average' ? o.scope : null;
    return { id: o.id, state, met: card.objectives[i]?.met ?? false };
  });
  return {
    format: SUMMARY_FORMAT,
    label,
    scenario: game.scenario.id,
    seed: game.seed,
    players: STATE_IDS.filter((id) => game.controllers[id] === 'human'),
    controllers,
    year: game.year,
    finished: game.finished,
    hash: hashState(game),
    states,
    objectives,
  };
}

/** Quotes a CSV field when it holds a comma, a quote or a line break. */
export function csvField(value: string | number | boolean): string {
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** The figures of a state's summary, in the order tables show them. */
export const SUMMARY_FIGURES = [
  'welfare',
  'prosperity',
  'security',
  'autonomy',
  'connectivity',
  'humanCapital',
] as const;

/**
 * One row per (summary, played state); an all-AI game gives one row with an
 * empty state. Objective columns are the union of the summaries' objective
 * ids, in first-seen order, holding true/false (empty where a scenario lacks one).
 */
export function summariesToCsv(rows: readonly GameSummary[]): string {
  const objectiveIds: string[] = [];
  for (const r of rows)
    for (const o of r.objectives) if (!objectiveIds.includes(o.id)) objectiveIds.push(o.id);
  const header = [
    'label',
    'scenario',
    'seed',
    'state',
    'controllers',
    'year',
    'finished',
    'hash',
    ...SUMMARY_FIGURES,
    ...objectiveIds.map((id) => `objective:${id}`),
  ];
  const lines = [header.join(',')];
  for (const r of rows) {
    const controllers = STATE_IDS.map((id) => `${id}=${r.controllers[id]}`).join(' ');
    const played: (StateId | '')[] = r.players.length > 0 ? [...r.players] : [''];
    for (const state of played) {
      const figures =
        state === ''
          ? SUMMARY_FIGURES.map(() => '')
          : SUMMARY_FIGURES.map((c) => r.states[state][c]);
      const met = objectiveIds.map((id) => {
        const o = r.objectives.find((x) => x.id === id);
        return o === undefined ? '' : String(o.met);
      });
      const fields = [
        r.label,
        r.scenario,
        r.seed,
        state,
        controllers,
        r.year,
        r.finished,
        r.hash,
        ...figures,
        ...met,
      ];
      lines.push(fields.map(csvField).join(','));
    }
  }
  return `${lines.join('\n')}\n`;
}

const stateId = z.enum(STATE_IDS);
const figure = z.number().check(z.minimum(0), z.maximum(100));
const stateSummary = z.strictObject({
  welfare: figure,
  prosperity: figure,
  security: figure,
  autonomy: figure,
  connectivity: figure,
  humanCapital: figure,
});
const perState = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject(Object.fromEntries(STATE_IDS.map((id) => [id, value])) as Record<StateId, T>);

const summarySchema = z.strictObject({
  format: z.literal(SUMMARY_FORMAT),
  label: z.string().check(z.maxLength(200)),
  scenario: z.string().check(z.minLength(1), z.maxLength(100)),
  seed: z.string().check(z.minLength(1), z.maxLength(64)),
  players: z.array(stateId).check(z.maxLength(STATE_IDS.length)),
  controllers: perState(z.string().check(z.minLength(1), z.maxLength(100))),
  year: z.number().check(z.int(), z.minimum(1990), z.maximum(2100)),
  finished: z.boolean(),
  hash: z.string().check(z.regex(/^[0-9a-f]{16}$/, 'must be 16 hex digits')),
  states: perState(stateSummary),
  objectives: z
    .array(
      z.strictObject({
        id: z.string().check(z.minLength(1), z.maxLength(100)),
        state: z.nullable(stateId),
        met: z.boolean(),
      }),
    )
    .check(z.maxLength(100)),
});

/** Checks a value read from a file; each problem names its path. */
export function parseSummary(
  value: unknown,
): { ok: true; summary: GameSummary } | { ok: false; problems: readonly string[] } {
  const result = summarySchema.safeParse(value);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => {
      const path = issue.path.length > 0 ? issue.path.join('.') : '(root)';
      return `${path}: ${issue.message}`;
    });
    return { ok: false, problems };
  }
  const summary = result.data as GameSummary;
  const humans = STATE_IDS.filter((id) => summary.controllers[id] === 'human');
  const problems: string[] = [];
  if (new Set(summary.players).size !== summary.players.length)
    problems.push('players: a state is listed twice');
  for (const id of summary.players) {
    if (summary.controllers[id] !== 'human')
      problems.push(`players: ${id} is not controlled by 'human'`);
  }
  for (const id of humans) {
    if (!summary.players.includes(id))
      problems.push(`controllers.${id}: 'human' but not listed in players`);
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, summary };
}
