/**
 * The scenario file format as a zod schema: it validates teachers' JSON files
 * (`loadScenario`) and produces the published JSON Schema.
 */
import { figures, PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { z } from 'zod';
import { ISSUES } from '../model';
import { citationResolves } from './citations';
import { ID_PATTERN, LANGUAGE_PATTERN, REFERENCE_PATTERN } from './problem-kinds';

const stateId = z.enum(STATE_IDS);
const partnerId = z.enum(PARTNER_IDS);
const issue = z.enum(ISSUES as [string, ...string[]]);
const score = z.number().min(0).max(100);
const year = z.number().int().min(1990).max(2100);
const id = z.string().regex(ID_PATTERN, 'must be a kebab-case id');
const citation = z
  .string()
  .regex(REFERENCE_PATTERN, 'must be a dataset reference such as "events/cajapan-fmm-6-2017"')
  .refine(citationResolves, {
    error: (issue) => `"${String(issue.input)}" is not a record of the @c5plus/core dataset`,
    params: { kind: 'unknown-record' },
  });
const selector = z.union([stateId, z.literal('all'), z.literal('random')]);
const baseIndicator = z.enum(['prosperity', 'security', 'connectivity', 'humanCapital']);
const indicator = z.enum(['prosperity', 'security', 'autonomy', 'connectivity', 'humanCapital']);
const delta = z.number().min(-100).max(100);

const effect = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('indicator'),
    state: selector,
    indicator: baseIndicator,
    delta,
  }),
  z.strictObject({ kind: z.literal('ties'), state: selector, partner: partnerId, delta }),
  z.strictObject({
    kind: z.literal('exposure'),
    state: selector,
    partner: partnerId,
    delta: z.number().min(-1).max(1),
  }),
  z.strictObject({ kind: z.literal('suspicion'), state: selector, partner: partnerId, delta }),
  z.strictObject({ kind: z.literal('attention'), partner: partnerId, delta }),
  z.strictObject({ kind: z.literal('baseline'), partner: partnerId, delta }),
  z.strictObject({
    kind: z.literal('capacity'),
    partner: partnerId,
    issue,
    delta: z.number().min(-1).max(1),
  }),
  z.strictObject({ kind: z.literal('cohesion'), delta }),
  z.strictObject({
    kind: z.literal('pledge'),
    partner: partnerId,
    issue,
    figure: z.string().refine((ref) => figures.some((f) => f.id === ref && f.unit === 'currency'), {
      message: 'must be the id of a currency figure in @c5plus/core',
      params: { kind: 'unknown-figure' },
    }),
    years: z.number().int().min(1).max(20),
  }),
]);

const engagement = z.strictObject({
  partner: partnerId,
  issue,
  format: z.enum(['c5plus', 'bilateral']),
  points: z.number().int().positive(),
});
const plan = z.strictObject({
  year: year.optional(),
  engagements: z.array(engagement),
  consultation: z.number().int().min(0),
  summits: z.array(partnerId),
});

const scope = z.union([z.literal('every'), z.literal('average'), stateId]);
const objective = z.discriminatedUnion('kind', [
  z.strictObject({
    id,
    text: z.string().min(1),
    kind: z.literal('indicator'),
    indicator,
    scope,
    min: score,
  }),
  z.strictObject({ id, text: z.string().min(1), kind: z.literal('cohesion'), min: score }),
  z.strictObject({
    id,
    text: z.string().min(1),
    kind: z.literal('meetings'),
    partner: partnerId,
    min: z.number().int().min(0),
  }),
  z.strictObject({ id, text: z.string().min(1), kind: z.literal('suspicion'), max: score }),
  z.strictObject({
    id,
    text: z.string().min(1),
    kind: z.literal('exposure'),
    maxShare: z.number().min(0).max(1),
  }),
]);

/** A strict object with one value for each of the five states. */
export const perState = <T extends z.ZodType>(value: T) =>
  z.strictObject({ KAZ: value, KGZ: value, TJK: value, TKM: value, UZB: value });
/** A strict object with one value for each partner. */
export const perPartner = <T extends z.ZodType>(value: T) =>
  z.strictObject({
    japan: value,
    'south-korea': value,
    usa: value,
    china: value,
    russia: value,
    eu: value,
    italy: value,
  });
const somePartners = <T extends z.ZodType>(value: T) => z.partialRecord(partnerId, value);

const initialState = z.strictObject({
  indicators: z.strictObject({
    prosperity: score,
    security: score,
    connectivity: score,
    humanCapital: score,
  }),
  ties: somePartners(score),
  exposure: somePartners(z.number().min(0)),
  capital: z.number().int().min(1).max(100).optional(),
});
const initialPartner = z.strictObject({
  attention: score,
  baseline: score.optional(),
  capacity: z.partialRecord(issue, z.number().min(0).max(1)),
  suspicion: z.partialRecord(stateId, score).optional(),
  formatSince: year.nullable(),
});

/** A language code such as `en` or `ru` (ISO 639-1, or 639-3 where it has none). */
const language = z.string().regex(LANGUAGE_PATTERN, 'must be a language code such as "en" or "ru"');
const text = z.string().min(1);
/** What a scenario says to players, in one more language; ids are checked against the scenario. */
const scenarioTexts = z.strictObject({
  title: text.optional(),
  summary: text.optional(),
  lessons: z.array(text).optional(),
  objectives: z.record(z.string(), text).optional(),
  scripted: z.record(z.string(), text).optional(),
  deck: z.record(z.string(), z.strictObject({ title: text, text })).optional(),
});

/** The scenario file format. */
export const scenarioSchema = z
  .strictObject({
    /** Where an editor finds this schema, for completion; ignored by the model. */
    $schema: z.string().optional(),
    id,
    language: language.optional(),
    translations: z.record(z.string(), scenarioTexts).optional(),
    title: z.string().min(1),
    summary: z.string().min(1),
    startYear: year,
    endYear: year,
    lessons: z.array(z.string().min(1)),
    initial: z.strictObject({
      cohesion: score,
      states: perState(initialState),
      partners: perPartner(initialPartner),
    }),
    scripted: z.array(
      z.strictObject({
        id,
        year,
        title: z.string().min(1),
        citation: citation.optional(),
        effects: z.array(effect),
        summit: partnerId.optional(),
        opensFormat: partnerId.optional(),
        sanctions: partnerId.optional(),
      }),
    ),
    deck: z.array(
      z.strictObject({
        id,
        title: z.string().min(1),
        text: z.string().min(1),
        effects: z.array(effect),
        citation: citation.optional(),
      }),
    ),
    cardChance: z.number().min(0).max(1),
    objectives: z.array(objective),
    historical: z.array(
      z.strictObject({ year, plans: z.partialRecord(stateId, plan), citations: z.array(citation) }),
    ),
  })
  .superRefine((s, ctx) => {
    if (s.endYear < s.startYear)
      ctx.addIssue({
        code: 'custom',
        path: ['endYear'],
        message: `must not be before startYear (${s.startYear})`,
        params: { kind: 'end-before-start', start: s.startYear },
      });
    s.scripted.forEach((e, i) => {
      if (e.year < s.startYear || e.year > s.endYear)
        ctx.addIssue({
          code: 'custom',
          path: ['scripted', i, 'year'],
          message: `${e.year} is outside the scenario (${s.startYear}–${s.endYear})`,
          params: { kind: 'year-outside', year: e.year, start: s.startYear, end: s.endYear },
        });
    });
    for (const [code, texts] of Object.entries(s.translations ?? {}))
      translationProblems(s, code, texts, ctx);
    s.historical.forEach((h, i) => {
      if (h.year < s.startYear || h.year > s.endYear)
        ctx.addIssue({
          code: 'custom',
          path: ['historical', i, 'year'],
          message: `${h.year} is outside the scenario (${s.startYear}–${s.endYear})`,
          params: { kind: 'year-outside', year: h.year, start: s.startYear, end: s.endYear },
        });
    });
  });

/**
 * A translation speaks of the scenario's own parts: one lesson for each
 * lesson, and only ids the scenario has. Not the scenario's own language.
 */
function translationProblems(
  s: {
    language?: string | undefined;
    lessons: readonly string[];
    objectives: readonly { id: string }[];
    scripted: readonly { id: string }[];
    deck: readonly { id: string }[];
  },
  code: string,
  texts: z.infer<typeof scenarioTexts>,
  ctx: z.RefinementCtx,
): void {
  const at = ['translations', code];
  const named = language.safeParse(code);
  if (!named.success)
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: named.error.issues[0]?.message ?? '',
      params: { kind: 'bad-language' },
    });
  if (code === (s.language ?? 'en'))
    ctx.addIssue({
      code: 'custom',
      path: at,
      message: `"${code}" is the scenario's own language; its texts are the scenario's own fields`,
      params: { kind: 'translation-own-language', language: code },
    });
  if (texts.lessons && texts.lessons.length !== s.lessons.length)
    ctx.addIssue({
      code: 'custom',
      path: [...at, 'lessons'],
      message: `must have one text for each of the scenario's ${s.lessons.length} lessons, not ${texts.lessons.length}`,
      params: {
        kind: 'translation-lessons',
        expected: s.lessons.length,
        actual: texts.lessons.length,
      },
    });
  const parts = [
    ['objectives', s.objectives, 'objective'],
    ['scripted', s.scripted, 'scripted event'],
    ['deck', s.deck, 'card'],
  ] as const;
  for (const [part, records, noun] of parts) {
    const ids = new Set(records.map((r) => r.id));
    for (const key of Object.keys(texts[part] ?? {}))
      if (!ids.has(key))
        ctx.addIssue({
          code: 'custom',
          path: [...at, part, key],
          message: `the scenario has no ${noun} with the id "${key}"`,
          params: { kind: 'translation-unknown-id', part, id: key },
        });
  }
}
