/**
 * The shape of a saved game as a zod schema: every field of `GameState`
 * (src/model/types.ts), strict objects refusing unknown keys, so that a save
 * from `localStorage` or a student's file is checked before any rule runs.
 * Each part is exported on its own; a new state field is one more key in
 * `gameShape` (and a migration, see serialize.ts).
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { ISSUES, z } from '../model';
import { perPartner, perState, scenarioSchema } from '../scenarios';
import { strategies } from '../strategies';
import { SCHEMA_VERSION } from './game';

/** How far exposure shares may sum away from 1 (rounding in the rules). */
export const EXPOSURE_SUM_TOLERANCE = 1e-6;

const stateId = z.enum(STATE_IDS);
const partnerId = z.enum(PARTNER_IDS);
const issue = z.enum(ISSUES as [string, ...string[]]);
const score = z.number().check(z.minimum(0), z.maximum(100));
const share = z.number().check(z.minimum(0), z.maximum(1));
const wholeYear = z.number().check(z.int());
const count = z.number().check(z.int(), z.minimum(0));

const perIssue = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject(Object.fromEntries(ISSUES.map((i) => [i, value])) as Record<string, T>);

const indicators = z.strictObject({
  prosperity: score,
  security: score,
  autonomy: score,
  connectivity: score,
  humanCapital: score,
});

/** One state in a save. */
export const stateModelSchema = z
  .strictObject({
    id: stateId,
    neutral: z.boolean(),
    indicators,
    ties: perPartner(score),
    exposure: perPartner(share),
    capital: z.number().check(z.int(), z.minimum(0)),
  })
  .check(
    z.superRefine((s, ctx) => {
      const total = Object.values(s.exposure).reduce((sum, v) => sum + v, 0);
      if (Math.abs(total - 1) > EXPOSURE_SUM_TOLERANCE)
        ctx.addIssue({
          code: 'custom',
          path: ['exposure'],
          message: `the shares must sum to 1, not ${total}`,
        });
    }),
  );

/** One partner in a save. */
export const partnerModelSchema = z.strictObject({
  id: partnerId,
  attention: score,
  baseline: score,
  capacity: perIssue(share),
  suspicion: perState(score),
  formatSince: z.nullable(wholeYear),
  meetingsHeld: count,
  lastPressed: perState(count),
});

/** Who decides a state's plan: "human" or a registered strategy. */
export const controllerSchema = z.enum(['human', ...Object.keys(strategies)] as [
  string,
  ...string[],
]);

/** A plan as the log stores it: complete, strict. */
export const loggedPlanSchema = z.strictObject({
  year: z.optional(wholeYear),
  engagements: z.array(
    z.strictObject({
      partner: partnerId,
      issue,
      format: z.enum(['c5plus', 'bilateral']),
      points: z.number().check(z.int(), z.positive()),
    }),
  ),
  consultation: count,
  summits: z.array(partnerId),
});

/** One turn of the log: every state's plan. */
export const logEntrySchema = z.strictObject({
  year: wholeYear,
  plans: perState(loggedPlanSchema),
});

/** seedrandom's alea state: a carry and three fractions in [0, 1). */
export const rngStateSchema = z.strictObject({
  c: z.number().check(z.int(), z.minimum(0)),
  s0: z.number().check(z.minimum(0), z.lt(1)),
  s1: z.number().check(z.minimum(0), z.lt(1)),
  s2: z.number().check(z.minimum(0), z.lt(1)),
});

const snapshot = z.strictObject({
  year: wholeYear,
  cohesion: score,
  states: perState(indicators),
  attention: perPartner(score),
});

/** A long-term programme's deliveries still to come (`PendingDelivery`). */
const pendingDelivery = z.strictObject({
  state: stateId,
  partner: partnerId,
  issue,
  perYear: z.number().check(z.minimum(-100), z.maximum(100)),
  yearsLeft: z.number().check(z.int(), z.minimum(1)),
});

/** The keys of a saved game; extend here when `GameState` gains a field. */
export const gameShape = {
  schemaVersion: z.literal(SCHEMA_VERSION),
  scenario: scenarioSchema,
  seed: z.string(),
  year: wholeYear,
  turn: count,
  startYear: wholeYear,
  endYear: wholeYear,
  finished: z.boolean(),
  rng: rngStateSchema,
  cohesion: score,
  states: perState(stateModelSchema),
  partners: perPartner(partnerModelSchema),
  controllers: perState(controllerSchema),
  deck: z.strictObject({ order: z.array(count), next: count }),
  log: z.array(logEntrySchema),
  history: z.array(snapshot),
  pending: z.array(pendingDelivery),
};

/** A saved game: its fields, then the rules that tie them together. */
export const gameStateSchema = z.strictObject(gameShape).check(
  z.superRefine((g, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: 'custom', path, message });
    if (g.startYear !== g.scenario.startYear)
      issue(['startYear'], `must be the scenario's start year ${g.scenario.startYear}`);
    if (g.endYear !== g.scenario.endYear)
      issue(['endYear'], `must be the scenario's end year ${g.scenario.endYear}`);
    if (g.turn !== g.log.length) issue(['turn'], `must equal the ${g.log.length} logged turns`);
    if (g.year !== g.startYear + g.turn)
      issue(['year'], `must be ${g.startYear + g.turn} after ${g.turn} turns from ${g.startYear}`);
    if (g.finished !== g.year > g.endYear)
      issue(
        ['finished'],
        `must be ${g.year > g.endYear} in ${g.year} (the game ends ${g.endYear})`,
      );
    for (const id of STATE_IDS)
      if (g.states[id].id !== id) issue(['states', id, 'id'], `must be "${id}"`);
    for (const id of PARTNER_IDS)
      if (g.partners[id].id !== id) issue(['partners', id, 'id'], `must be "${id}"`);
    const deckSize = g.scenario.deck.length;
    const sorted = [...g.deck.order].sort((a, b) => a - b);
    if (sorted.length !== deckSize || sorted.some((v, i) => v !== i))
      issue(['deck', 'order'], `must be an order of the scenario's ${deckSize} cards`);
    g.log.forEach((entry, i) => {
      if (entry.year !== g.startYear + i)
        issue(['log', i, 'year'], `must be ${g.startYear + i} (turn ${i})`);
    });
    if (g.history.length !== g.log.length + 1)
      issue(['history'], `must hold ${g.log.length + 1} snapshots (the start and each turn)`);
  }),
);
