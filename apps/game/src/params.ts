/**
 * Reads and writes the setup as URL parameters:
 * `?scenario=…&seed=…&state=…&ai=KGZ:neutral,…&lang=…` (and `view=outcome` for
 * the all-strategy preview). A bad parameter is named in an error and replaced
 * by its default, so the page always opens on a playable setup.
 */
import { STATE_IDS } from '@c5plus/core';
import {
  DEFAULT_SCENARIO_ID,
  getScenario,
  getStrategy,
  parseSeed,
  type Scenario,
  SEED_RULE,
  type StateId,
  scenarios,
  strategies,
} from '@c5plus/sim';
import { isLanguage, type Language } from './storage/settings';

/** A setup, as the URL gives it. */
export interface SetupRequest {
  readonly scenario: Scenario;
  /** Undefined when the URL gives none: the setup then draws a random one. */
  readonly seed: string | undefined;
  readonly state: StateId;
  /** The strategy of every state the player does not play. */
  readonly ai: Readonly<Record<StateId, string>>;
  readonly lang: Language | undefined;
  /** `outcome`: play every state by strategy and show the result (a shareable check). */
  readonly view: 'play' | 'outcome';
}

/** A parameter problem, phrased for the page. */
export interface ParamError {
  readonly param: string;
  readonly message: string;
}

/** The seed of the outcome view when none is given: fixed, so a shared URL without one still replays. */
export const DEFAULT_SEED = 'c5plus';
export const DEFAULT_STATE: StateId = 'KAZ';
/** Who plays the other states by default: what the documents say they did. */
export const DEFAULT_AI = 'historical';

export const isStateId = (v: string): v is StateId => (STATE_IDS as readonly string[]).includes(v);
/** The sim's one seed rule, the same as the CLI's `--seed`. */
export const isSeed = (v: string): boolean => parseSeed(v).ok;

/**
 * Parses the URL's setup; every bad parameter is reported and defaulted.
 * `imported` are the scenarios a teacher imported into this browser (the
 * classroom's library), so a link or a reload can name one by id.
 */
export function parseParams(
  search: string,
  imported: readonly Scenario[] = [],
): {
  readonly request: SetupRequest;
  readonly errors: readonly ParamError[];
} {
  const params = new URLSearchParams(search);
  const errors: ParamError[] = [];
  const scenarioId = params.get('scenario') ?? DEFAULT_SCENARIO_ID;
  let scenario = getScenario(scenarioId) ?? imported.find((s) => s.id === scenarioId);
  if (!scenario) {
    const known = [...scenarios, ...imported].map((s) => s.id);
    errors.push({
      param: 'scenario',
      message: `Unknown scenario "${scenarioId}". Choose one of: ${known.join(', ')}.`,
    });
    scenario = getScenario(DEFAULT_SCENARIO_ID) as Scenario;
  }
  let seed = params.get('seed') ?? undefined;
  if (seed !== undefined && !isSeed(seed)) {
    errors.push({
      param: 'seed',
      message: `The seed must be ${SEED_RULE}; got "${seed}".`,
    });
    seed = undefined;
  }
  let state = DEFAULT_STATE;
  const stateParam = params.get('state');
  if (stateParam !== null) {
    if (isStateId(stateParam)) state = stateParam;
    else
      errors.push({
        param: 'state',
        message: `Unknown state "${stateParam}". Choose one of: ${STATE_IDS.join(', ')}.`,
      });
  }
  const ai = Object.fromEntries(STATE_IDS.map((id) => [id, DEFAULT_AI])) as Record<StateId, string>;
  const aiParam = params.get('ai');
  if (aiParam) {
    for (const pair of aiParam.split(',')) {
      const [id = '', strategy = ''] = pair.split(':');
      if (!isStateId(id))
        errors.push({ param: 'ai', message: `Unknown state "${id}" in "${pair}".` });
      else if (!getStrategy(strategy))
        errors.push({
          param: 'ai',
          message: `Unknown strategy "${strategy}" for ${id}. Choose one of: ${Object.keys(strategies).join(', ')}.`,
        });
      else ai[id] = strategy;
    }
  }
  const langParam = params.get('lang');
  let lang: Language | undefined;
  if (langParam !== null) {
    if (isLanguage(langParam)) lang = langParam;
    else
      errors.push({ param: 'lang', message: `Unknown language "${langParam}". Choose en or ru.` });
  }
  const view = params.get('view') === 'outcome' ? 'outcome' : 'play';
  return {
    request: {
      scenario,
      seed: seed ?? (view === 'outcome' ? DEFAULT_SEED : undefined),
      state,
      ai,
      lang,
      view,
    },
    errors,
  };
}

/** The URL query of a setup. */
export function writeParams(
  request: Omit<SetupRequest, 'view'> & { readonly seed: string },
): string {
  const params = new URLSearchParams();
  params.set('scenario', request.scenario.id);
  params.set('seed', request.seed);
  params.set('state', request.state);
  params.set(
    'ai',
    STATE_IDS.filter((id) => id !== request.state)
      .map((id) => `${id}:${request.ai[id]}`)
      .join(','),
  );
  if (request.lang) params.set('lang', request.lang);
  return `?${params.toString().replaceAll('%3A', ':').replaceAll('%2C', ',')}`;
}

/** A fresh random seed of eight letters and digits. */
export function randomSeed(random: () => number = Math.random): string {
  const letters = 'abcdefghijkmnpqrstuvwxyz23456789';
  let seed = '';
  for (let i = 0; i < 8; i++) seed += letters[Math.floor(random() * letters.length)];
  return seed;
}
