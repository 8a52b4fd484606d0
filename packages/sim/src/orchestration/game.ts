/** Creating a game from a scenario, a seed and who controls each state. */
import { states as coreStates, PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import {
  autonomyOf,
  copyByPartner,
  copyPartnerModel,
  deepFreeze,
  seededGenerator,
  shuffledIndices,
  snapshotOf,
} from '../kernel';
import type {
  Controller,
  GameState,
  Issue,
  PartnerId,
  PartnerModel,
  Scenario,
  StateId,
  StateModel,
} from '../model';
import { CALIBRATION as C, ISSUES } from '../model';
import { getStrategy, strategies } from '../strategies';

/** The save-format version of `GameState`; bump it and add a migration when the shape changes. */
export const SCHEMA_VERSION = 3;

/** What a game starts from. */
export interface GameOptions {
  readonly scenario: Scenario;
  /** Any string; the same seed replays the same chances. */
  readonly seed: string;
  /** `human` or a strategy id per state; states not named play `multiVector`. */
  readonly controllers?: Partial<Record<StateId, Controller>>;
}

/** Default capacity of a partner on an issue the scenario does not mention. */
const DEFAULT_CAPACITY = 0.2;

function normalizedExposure(
  weights: Partial<Record<PartnerId, number>>,
): Record<PartnerId, number> {
  let total = 0;
  for (const p of PARTNER_IDS) total += Math.max(0, weights[p] ?? 0);
  const exposure = {} as Record<PartnerId, number>;
  for (const p of PARTNER_IDS)
    exposure[p] = total > 0 ? Math.max(0, weights[p] ?? 0) / total : 1 / PARTNER_IDS.length;
  return exposure;
}

/**
 * The year a partner's format opens: the earlier of its starting value and any
 * scripted event that opens it. Known from the start, so that plans for the
 * opening year may already use the format.
 */
function formatOpening(
  scenario: Scenario,
  partner: PartnerId,
  given: number | null,
): number | null {
  let year = given;
  for (const event of scenario.scripted) {
    if (event.opensFormat === partner && (year === null || event.year < year)) year = event.year;
  }
  return year;
}

/** Checks the controllers and fills in the default. */
export function resolveControllers(
  given: Partial<Record<string, Controller>> = {},
): Record<StateId, Controller> {
  for (const key of Object.keys(given)) {
    if (!(STATE_IDS as readonly string[]).includes(key))
      throw new Error(
        `Unknown state "${key}" in controllers; expected one of ${STATE_IDS.join(', ')}.`,
      );
  }
  const controllers = {} as Record<StateId, Controller>;
  for (const id of STATE_IDS) {
    const controller = given[id] ?? 'multiVector';
    if (controller !== 'human' && !getStrategy(controller)) {
      throw new Error(
        `Unknown strategy "${controller}" for ${id}; expected "human" or one of ${Object.keys(strategies).join(', ')}.`,
      );
    }
    controllers[id] = controller;
  }
  return controllers;
}

/** The state and partner records a scenario starts from. */
interface StartingRecords {
  readonly states: Readonly<Record<StateId, StateModel>>;
  readonly partners: Readonly<Record<PartnerId, PartnerModel>>;
}

/**
 * Each scenario's starting records, built on its first game: they depend on
 * the scenario alone, which `createGame` freezes first, so a batch does not
 * rebuild them for every seed.
 */
const starts = new WeakMap<Scenario, StartingRecords>();

function startingRecords(scenario: Scenario): StartingRecords {
  const known = starts.get(scenario);
  if (known) return known;
  const initial = scenario.initial;
  const states = {} as Record<StateId, StateModel>;
  for (const id of STATE_IDS) {
    const start = initial.states[id];
    const exposure = normalizedExposure(start.exposure);
    const ties = {} as Record<PartnerId, number>;
    for (const p of PARTNER_IDS) ties[p] = start.ties[p] ?? 0;
    states[id] = {
      id,
      neutral: coreStates.find((s) => s.id === id)?.neutral ?? false,
      indicators: {
        ...start.indicators,
        autonomy: autonomyOf(exposure, start.indicators.security, initial.cohesion),
      },
      ties,
      exposure,
      capital: start.capital ?? C.capitalPerTurn,
    };
  }
  const partners = {} as Record<PartnerId, PartnerModel>;
  for (const id of PARTNER_IDS) {
    const start = initial.partners[id];
    const capacity = {} as Record<Issue, number>;
    for (const issue of ISSUES) capacity[issue] = start.capacity[issue] ?? DEFAULT_CAPACITY;
    const suspicion = {} as Record<StateId, number>;
    for (const s of STATE_IDS) suspicion[s] = start.suspicion?.[s] ?? 0;
    partners[id] = {
      id,
      attention: start.attention,
      baseline: start.baseline ?? start.attention,
      capacity,
      suspicion,
      formatSince: formatOpening(scenario, id, start.formatSince),
      meetingsHeld: 0,
      lastPressed: { KAZ: 0, KGZ: 0, TJK: 0, TKM: 0, UZB: 0 },
    };
  }
  const records = { states, partners };
  starts.set(scenario, records);
  return records;
}

/** A game's own copy of a starting state record, its keys in the same order. */
function startingState(s: StateModel): StateModel {
  return {
    id: s.id,
    neutral: s.neutral,
    // Spread, not copied by name: the scenario's indicators keep their order in a saved game.
    indicators: { ...s.indicators },
    ties: copyByPartner(s.ties),
    exposure: copyByPartner(s.exposure),
    capital: s.capital,
  };
}

/** A new game at the start of the scenario. */
export function createGame({ scenario, seed, controllers }: GameOptions): GameState {
  // Frozen once here (a no-op for the built-in scenarios, frozen at load) so that
  // immer never walks it when finalizing a step, and its starting records can be kept.
  deepFreeze(scenario);
  const generator = seededGenerator(seed);
  const initial = scenario.initial;
  const start = startingRecords(scenario);
  const states: Record<StateId, StateModel> = {
    KAZ: startingState(start.states.KAZ),
    KGZ: startingState(start.states.KGZ),
    TJK: startingState(start.states.TJK),
    TKM: startingState(start.states.TKM),
    UZB: startingState(start.states.UZB),
  };
  const from = start.partners;
  const partners: Record<PartnerId, PartnerModel> = {
    japan: copyPartnerModel(from.japan),
    'south-korea': copyPartnerModel(from['south-korea']),
    usa: copyPartnerModel(from.usa),
    china: copyPartnerModel(from.china),
    russia: copyPartnerModel(from.russia),
    eu: copyPartnerModel(from.eu),
    italy: copyPartnerModel(from.italy),
  };
  const order = shuffledIndices(scenario.deck.length, generator);
  const game: GameState = {
    schemaVersion: SCHEMA_VERSION,
    scenario,
    seed,
    year: scenario.startYear,
    turn: 0,
    startYear: scenario.startYear,
    endYear: scenario.endYear,
    finished: false,
    rng: generator.state(),
    cohesion: initial.cohesion,
    states,
    partners,
    controllers: resolveControllers(controllers),
    deck: { order, next: 0 },
    log: [],
    history: [],
    pending: [],
  };
  game.history.push({ ...snapshotOf(game), year: scenario.startYear - 1 });
  return game;
}
