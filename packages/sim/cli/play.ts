/**
 * `c5sim play`: one game, turn by turn — the C5+ meetings, the events, and
 * for each state its welfare and what moved its indicators most — then the
 * final scorecard.
 */
import { STATE_IDS } from '@c5plus/core';
import { type Scorecard, scorecard, welfare } from '../src/kernel';
import type {
  Controller,
  Effect,
  EventOutcome,
  GameState,
  MeetingOutcome,
  Scenario,
  StateId,
  TurnReport,
} from '../src/model';
import {
  createGame,
  describeEffect,
  describeObjectiveValue,
  hashState,
  type LessonFinding,
  type LessonVerdict,
  lessonFindings,
  type PressureEpisode,
  pressureEpisodes,
  serialize,
  step,
  toReplay,
} from '../src/orchestration';
import {
  type CommandResult,
  controllersLine,
  fixed,
  lines,
  parseCount,
  parseStrategies,
  resolveScenario,
  seedArgument,
  signed,
  table,
  writeText,
} from './common';

/** The options of `c5sim play`, as typed on the command line. */
export interface PlayOptions {
  /** A built-in scenario id or the path of a scenario JSON file. */
  readonly scenario: string;
  readonly seed: string;
  /** `KAZ=multiVector,UZB=lookahead,…` */
  readonly strategy?: string;
  /** Print one JSON object instead of text. */
  readonly json?: boolean;
  /** Write the save (`serialize`) of the final game here. */
  readonly save?: string;
  /** Write the replay (`toReplay`) of the game here. */
  readonly replay?: string;
  /** How many of each state's biggest moves to show per turn (text only); default 2. */
  readonly effects?: string;
}

/** One turn as played: the report, and each state's welfare before and after. */
interface PlayedTurn {
  readonly report: TurnReport;
  /** Why each partner that pressed did so (see `pressureEpisodes`). */
  readonly pressure: readonly PressureEpisode[];
  readonly cohesion: { readonly before: number; readonly after: number };
  readonly welfare: Readonly<Record<StateId, { readonly before: number; readonly after: number }>>;
}

/** Plays the game to its end through `step`, keeping every turn's report. */
export function playGame(
  scenario: Scenario,
  seed: string,
  controllers: Partial<Record<StateId, Controller>>,
): { readonly game: GameState; readonly turns: readonly PlayedTurn[] } {
  let game = createGame({ scenario, seed, controllers });
  const turns: PlayedTurn[] = [];
  while (!game.finished) {
    const result = step(game);
    if (!result.ok) throw new Error(result.errors.map((e) => e.message).join(' '));
    const before = game;
    game = result.game;
    const welfareByState = {} as Record<StateId, { before: number; after: number }>;
    for (const id of STATE_IDS)
      welfareByState[id] = { before: welfare(before, id), after: welfare(game, id) };
    turns.push({
      report: result.report,
      pressure: pressureEpisodes(game, result.report),
      cohesion: { before: before.cohesion, after: game.cohesion },
      welfare: welfareByState,
    });
  }
  return { game, turns };
}

/** The effects on a state's indicators, biggest first. */
export function topMoves(effects: readonly Effect[], state: StateId, count: number): Effect[] {
  return effects
    .filter((e) => e.target.kind === 'indicator' && e.target.state === state)
    .sort((a, b) => Math.abs(b.delta) - Math.abs(a.delta))
    .slice(0, count);
}

const NOT_CONVENED: Record<NonNullable<MeetingOutcome['reason']>, string> = {
  'too-few-states': 'too few states came',
  'low-attention': 'the partner’s attention was too low',
  'no-format': 'no C5+ format yet',
};

function who(participants: readonly StateId[]): string {
  return participants.length === STATE_IDS.length ? 'all five' : participants.join(' ');
}

/** One line per C5+ meeting: `japan on education (all five)`. */
export function describeMeeting(m: MeetingOutcome): string {
  const on = m.issues.length > 0 ? ` on ${m.issues.join(', ')}` : '';
  const summit = m.summit ? ' summit' : '';
  if (m.convened) return `${m.partner}${summit}${on} (${who(m.participants)})`;
  const reason = m.reason ? NOT_CONVENED[m.reason] : 'it did not convene';
  const came = m.participants.length > 0 ? `; came: ${who(m.participants)}` : '';
  return `${m.partner}${summit}${on}: did not convene, ${reason}${came}`;
}

const EVENT_KINDS: Record<EventOutcome['kind'], string> = {
  scripted: 'history',
  card: 'chance',
  pressure: 'pressure',
};

/**
 * One line per event: `Russia invades Ukraine; sanctions follow (history; events/…)`;
 * a pressure event says why: `usa presses KAZ (pressure: suspicion 54 past 35,
 * not again before 2009, with eu; themes/sanctions)`.
 */
export function describeEvent(e: EventOutcome, episode?: PressureEpisode): string {
  const why = episode
    ? `: suspicion ${Math.round(episode.suspicion)} past ${episode.threshold}, not again before ${episode.nextPossible}${episode.allies.length > 0 ? `, with ${episode.allies.join(', ')}` : ''}`
    : '';
  return `${e.title} (${EVENT_KINDS[e.kind]}${why}${e.citation ? `; ${e.citation}` : ''})`;
}

function labelled(label: string, items: readonly string[], width: number): string[] {
  if (items.length === 0) return [`  ${label.padEnd(width)}none`];
  return items.map((item, i) => `  ${(i === 0 ? label : '').padEnd(width)}${item}`);
}

/** `50.0 → 57.0 (+7.0)`: the change of the numbers as shown, so that the three agree. */
function change(before: number, after: number): string {
  const [from, to] = [fixed(before), fixed(after)];
  return `${from} → ${to} (${signed(Number(to) - Number(from))})`;
}

function describeTurn(turn: PlayedTurn, movesPerState: number): string[] {
  const { report } = turn;
  const width = 14;
  const convened = report.meetings.filter((m) => m.convened);
  const failed = report.meetings.filter((m) => !m.convened);
  const out = [`${report.year}`];
  out.push(...labelled('C5+ meetings', convened.map(describeMeeting), width));
  if (failed.length > 0) out.push(...labelled('not convened', failed.map(describeMeeting), width));
  const events = report.events.map((e) =>
    describeEvent(
      e,
      turn.pressure.find((p) => p.event === e.id),
    ),
  );
  out.push(...labelled('events', events, width));
  const c = turn.cohesion;
  out.push(`  ${'cohesion'.padEnd(width)}${change(c.before, c.after)}`);
  for (const id of STATE_IDS) {
    const w = turn.welfare[id];
    out.push(`  ${id.padEnd(width)}welfare ${change(w.before, w.after)}`);
    for (const e of topMoves(report.effects, id, movesPerState))
      out.push(`  ${''.padEnd(width)}  ${describeEffect(e)}`);
  }
  return out;
}

const INDICATOR_HEADERS = ['prosperity', 'security', 'autonomy', 'connectivity', 'human cap.'];

const VERDICTS: Record<LessonVerdict, string> = {
  shown: 'borne out',
  mixed: 'in part',
  missed: 'at a cost',
};

/**
 * What each state's game shows of the three lessons (`lessonFindings`), a
 * line a state: `KAZ  practical: at a cost · diversified: at a cost · together: borne out`.
 */
export function describeLessons(
  findings: Readonly<Record<StateId, readonly LessonFinding[]>>,
): string[] {
  return [
    'The lessons in each state’s game (practical meetings, diversified ties, the five together):',
    ...STATE_IDS.map(
      (id) =>
        `  ${id}  ${findings[id].map((f) => `${f.lesson}: ${VERDICTS[f.verdict]}`).join(' · ')}`,
    ),
  ];
}

/** The scorecard as text: a table per state, cohesion, meetings held and objectives. */
export function describeScorecard(card: Scorecard, scenario: Scenario): string[] {
  const rows = card.states.map((s) => [
    s.state,
    s.controller,
    fixed(s.indicators.prosperity),
    fixed(s.indicators.security),
    fixed(s.indicators.autonomy),
    fixed(s.indicators.connectivity),
    fixed(s.indicators.humanCapital),
    fixed(s.welfare),
    `${s.topExposure.partner} ${Math.round(s.topExposure.share * 100)}%`,
    `${s.maxSuspicion.partner} ${fixed(s.maxSuspicion.value)}`,
  ]);
  const meetings = Object.entries(card.meetings)
    .map(([partner, n]) => `${partner} ${n}`)
    .join(', ');
  const met = card.objectives.filter((o) => o.met).length;
  return [
    table(
      ['state', 'played by', ...INDICATOR_HEADERS, 'welfare', 'top exposure', 'max suspicion'],
      rows,
      ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'l', 'l'],
    ),
    '',
    `Regional cohesion: ${fixed(card.cohesion)}`,
    `C5+ meetings held: ${meetings}`,
    '',
    `Objectives (${met} of ${card.objectives.length} met):`,
    ...card.objectives.map(
      (o) =>
        `  ${o.met ? '[x]' : '[ ]'} ${o.text} (measured: ${describeObjectiveValue(scenario, o.id, o.value)})`,
    ),
  ];
}

/** `c5sim play`. */
export function playCommand(options: PlayOptions): CommandResult {
  const scenario = resolveScenario(options.scenario);
  const controllers = parseStrategies(options.strategy);
  const moves = options.effects === undefined ? 2 : parseCount(options.effects, '--effects', 50);
  seedArgument(options.seed); // the seed rule, also for callers that skip the option parser
  const { game, turns } = playGame(scenario, options.seed, controllers);
  const card = scorecard(game);
  const hash = hashState(game);
  const reports = turns.map((t) => t.report);
  const lessons = {} as Record<StateId, LessonFinding[]>;
  for (const id of STATE_IDS) lessons[id] = lessonFindings(game, reports, id);
  if (options.save !== undefined) writeText(options.save, serialize(game), 'save file');
  if (options.replay !== undefined)
    writeText(options.replay, `${JSON.stringify(toReplay(game))}\n`, 'replay file');

  if (options.json) {
    const json = {
      scenario: { id: scenario.id, title: scenario.title },
      seed: game.seed,
      controllers: game.controllers,
      turns: turns.map((t) => ({
        year: t.report.year,
        meetings: t.report.meetings,
        events: t.report.events,
        pressure: t.pressure,
        cohesion: t.cohesion.after,
        welfare: Object.fromEntries(STATE_IDS.map((id) => [id, t.welfare[id].after])),
        effects: t.report.effects,
      })),
      scorecard: card,
      lessons,
      hash,
    };
    return { stdout: `${JSON.stringify(json)}\n`, exitCode: 0 };
  }

  const written = [
    options.save !== undefined ? `Saved the game to ${options.save}.` : '',
    options.replay !== undefined ? `Wrote the replay to ${options.replay}.` : '',
  ].filter(Boolean);
  return {
    stdout: lines(
      scenario.title,
      `Scenario ${scenario.id} (${scenario.startYear}–${scenario.endYear}), seed "${game.seed}"`,
      scenario.summary,
      `Played by: ${controllersLine(game.controllers)}`,
      `Each year: the C5+ meetings held, any events, regional cohesion, and each state's welfare`,
      `(the mean of its five indicators) with the ${moves === 1 ? 'change' : `${moves} changes`} that moved its indicators most.`,
      '',
      ...turns.flatMap((t) => [...describeTurn(t, moves), '']),
      `Final scorecard, end of ${game.endYear}`,
      '',
      ...describeScorecard(card, scenario),
      '',
      ...describeLessons(lessons),
      '',
      `Final hash: ${hash}`,
      ...written,
    ),
    exitCode: 0,
  };
}
