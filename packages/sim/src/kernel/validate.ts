/**
 * Plan validation. A plan may come from a person, a file or a URL, so it is
 * checked as unknown input; every problem is a typed error naming the field.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState, Issue, PartnerId, Plan, StateId } from '../model';
import { CALIBRATION as C, ISSUES, SECURITY_ALIGNMENT } from '../model';
import { formatOpen, summitScheduled } from './rules/engagements';

/** Why a plan was refused. */
export type PlanErrorCode =
  | 'game-over'
  | 'unknown-state'
  | 'wrong-turn'
  | 'not-a-plan'
  | 'unknown-partner'
  | 'unknown-issue'
  | 'unknown-format'
  | 'bad-points'
  | 'duplicate-engagement'
  | 'no-format'
  | 'neutral-security'
  | 'no-summit'
  | 'duplicate-summit'
  | 'over-budget'
  | 'missing-plan'
  | 'unknown-key';

/** One problem with a plan. */
export interface PlanError {
  readonly code: PlanErrorCode;
  readonly state: string;
  /** The path of the field at fault, e.g. `engagements[2].partner`. */
  readonly field: string;
  readonly message: string;
}

const isPositiveInt = (v: unknown): v is number =>
  typeof v === 'number' && Number.isInteger(v) && v > 0;
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/** The keys a plan and an engagement may have; any other is refused (it would be logged and saved). */
const PLAN_KEYS: readonly string[] = ['year', 'engagements', 'consultation', 'summits'];
const ENGAGEMENT_KEYS: readonly string[] = ['partner', 'issue', 'format', 'points'];

/**
 * A short, safe rendering of an unchecked value for a message: never the
 * value's own `toString`, which recurses through nested lists.
 */
function shown(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `${value.slice(0, 40)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return String(value);
  return Array.isArray(value) ? '(a list)' : '(an object)';
}

/** The capital a plan spends. */
export function planCost(plan: Plan): number {
  let total = plan.consultation + plan.summits.length * C.summitCost;
  for (const e of plan.engagements) total += e.points;
  return total;
}

/** Checks one state's plan against the game as it stands; an empty list means valid. */
export function validatePlan(game: GameState, stateId: string, plan: unknown): PlanError[] {
  const errors: PlanError[] = [];
  const fail = (code: PlanErrorCode, field: string, message: string) =>
    errors.push({ code, state: stateId, field, message });
  if (game.finished) {
    fail('game-over', '', `The game ended in ${game.endYear}; no more plans are taken.`);
    return errors;
  }
  if (!(STATE_IDS as readonly string[]).includes(stateId)) {
    fail('unknown-state', 'state', `"${stateId}" is not one of ${STATE_IDS.join(', ')}.`);
    return errors;
  }
  const state = game.states[stateId as StateId];
  if (plan === null || typeof plan !== 'object') {
    fail('not-a-plan', '', 'A plan must be an object with engagements, consultation and summits.');
    return errors;
  }
  const p = plan as Record<string, unknown>;
  for (const key of Object.keys(p))
    if (!PLAN_KEYS.includes(key))
      fail(
        'unknown-key',
        key,
        `Unknown key "${shown(key)}" in the plan; a plan has ${PLAN_KEYS.join(', ')}.`,
      );
  if (p.year !== undefined && p.year !== game.year)
    fail(
      'wrong-turn',
      'year',
      `The plan is for ${shown(p.year)}, but the game is in ${game.year}.`,
    );
  if (!isCount(p.consultation))
    fail('bad-points', 'consultation', 'Consultation must be a whole number of points, 0 or more.');
  if (!Array.isArray(p.engagements))
    fail('not-a-plan', 'engagements', 'Engagements must be a list.');
  if (!Array.isArray(p.summits))
    fail('not-a-plan', 'summits', 'Summits must be a list of partner ids.');
  if (errors.length > 0) return errors;

  const seen = new Set<string>();
  for (const [i, raw] of (p.engagements as unknown[]).entries()) {
    const at = `engagements[${i}]`;
    if (raw === null || typeof raw !== 'object') {
      fail('not-a-plan', at, 'An engagement must be an object.');
      continue;
    }
    const e = raw as Record<string, unknown>;
    for (const key of Object.keys(e))
      if (!ENGAGEMENT_KEYS.includes(key))
        fail(
          'unknown-key',
          `${at}.${key}`,
          `Unknown key "${shown(key)}" in an engagement; an engagement has ${ENGAGEMENT_KEYS.join(', ')}.`,
        );
    const partnerOk = (PARTNER_IDS as readonly unknown[]).includes(e.partner);
    if (!partnerOk)
      fail(
        'unknown-partner',
        `${at}.partner`,
        `Unknown partner "${shown(e.partner)}"; expected one of ${PARTNER_IDS.join(', ')}.`,
      );
    const issueOk = (ISSUES as readonly unknown[]).includes(e.issue);
    if (!issueOk)
      fail(
        'unknown-issue',
        `${at}.issue`,
        `Unknown issue "${shown(e.issue)}"; expected one of ${ISSUES.join(', ')}.`,
      );
    if (e.format !== 'c5plus' && e.format !== 'bilateral')
      fail(
        'unknown-format',
        `${at}.format`,
        `Format must be "c5plus" or "bilateral", not "${shown(e.format)}".`,
      );
    if (!isPositiveInt(e.points))
      fail('bad-points', `${at}.points`, 'Points must be a whole number, 1 or more.');
    if (issueOk && e.issue === SECURITY_ALIGNMENT && state.neutral)
      fail(
        'neutral-security',
        `${at}.issue`,
        `${stateId} is neutral and cannot join security alignment.`,
      );
    if (
      partnerOk &&
      e.format === 'c5plus' &&
      !formatOpen(game.partners[e.partner as PartnerId], game.year)
    )
      fail(
        'no-format',
        `${at}.format`,
        `${shown(e.partner)} has no C5+ format in ${game.year}; engage bilaterally instead.`,
      );
    const key = `${shown(e.partner)}/${shown(e.issue)}/${shown(e.format)}`;
    if (seen.has(key))
      fail(
        'duplicate-engagement',
        at,
        `A second ${shown(e.format)} engagement with ${shown(e.partner)} on ${shown(e.issue)}; merge them.`,
      );
    seen.add(key);
  }
  const summits = new Set<unknown>();
  (p.summits as unknown[]).forEach((partner, i) => {
    const at = `summits[${i}]`;
    if (!(PARTNER_IDS as readonly unknown[]).includes(partner))
      fail('unknown-partner', at, `Unknown partner "${shown(partner)}".`);
    else if (!summitScheduled(game.scenario, game.year, partner as PartnerId))
      fail('no-summit', at, `No summit with ${shown(partner)} is scheduled in ${game.year}.`);
    if (summits.has(partner))
      fail('duplicate-summit', at, `The summit with ${shown(partner)} is listed twice.`);
    summits.add(partner);
  });
  if (errors.length === 0) {
    const cost = planCost(plan as Plan);
    if (cost > state.capital)
      fail(
        'over-budget',
        'engagements',
        `The plan spends ${cost} points; ${stateId} has ${state.capital}.`,
      );
  }
  return errors;
}

/** What a state may do this turn: the menu a client offers. */
export interface LegalActions {
  readonly budget: number;
  readonly summitCost: number;
  readonly options: readonly {
    readonly partner: PartnerId;
    readonly issue: Issue;
    readonly formats: readonly ('c5plus' | 'bilateral')[];
  }[];
  readonly summits: readonly PartnerId[];
}

/** Lists the engagements and summits open to a state this turn. */
export function legalActions(game: GameState, stateId: StateId): LegalActions {
  const state = game.states[stateId];
  const options: { partner: PartnerId; issue: Issue; formats: ('c5plus' | 'bilateral')[] }[] = [];
  for (const partner of PARTNER_IDS) {
    const c5 = formatOpen(game.partners[partner], game.year);
    for (const issue of ISSUES) {
      if (issue === SECURITY_ALIGNMENT && state.neutral) continue;
      options.push({ partner, issue, formats: c5 ? ['c5plus', 'bilateral'] : ['bilateral'] });
    }
  }
  const summits = PARTNER_IDS.filter((p) => summitScheduled(game.scenario, game.year, p));
  return { budget: state.capital, summitCost: C.summitCost, options, summits };
}
