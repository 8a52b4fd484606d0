/**
 * The scenario file format as a zod schema: it validates teachers' JSON files
 * (`loadScenario`) and produces the published JSON Schema.
 */
import { figures, PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import { ISSUES, z } from '../model';
import { citationResolves } from './citations';
import { ID_PATTERN, LANGUAGE_PATTERN, REFERENCE_PATTERN } from './problem-kinds';

const stateId = z.enum(STATE_IDS);
const partnerId = z.enum(PARTNER_IDS);
const issue = z.enum(ISSUES as [string, ...string[]]);
const score = z.number().check(z.minimum(0), z.maximum(100));
const year = z.number().check(z.int(), z.minimum(1990), z.maximum(2100));
const id = z.string().check(z.regex(ID_PATTERN, 'must be a kebab-case id'));
const citation = z.string().check(
  z.regex(REFERENCE_PATTERN, 'must be a dataset reference such as "events/cajapan-fmm-6-2017"'),
  z.refine(citationResolves, {
    error: (issue) => `"${String(issue.input)}" is not a record of the @c5plus/core dataset`,
    params: { kind: 'unknown-record' },
  }),
);
const selector = z.union([stateId, z.literal('all'), z.literal('random')]);
const baseIndicator = z.enum(['prosperity', 'security', 'connectivity', 'humanCapital']);
const indicator = z.enum(['prosperity', 'security', 'autonomy', 'connectivity', 'humanCapital']);
const delta = z.number().check(z.minimum(-100), z.maximum(100));

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
    delta: z.number().check(z.minimum(-1), z.maximum(1)),
  }),
  z.strictObject({ kind: z.literal('suspicion'), state: selector, partner: partnerId, delta }),
  z.strictObject({ kind: z.literal('attention'), partner: partnerId, delta }),
  z.strictObject({ kind: z.literal('baseline'), partner: partnerId, delta }),
  z.strictObject({
    kind: z.literal('capacity'),
    partner: partnerId,
    issue,
    delta: z.number().check(z.minimum(-1), z.maximum(1)),
  }),
  z.strictObject({ kind: z.literal('cohesion'), delta }),
  z.strictObject({
    kind: z.literal('pledge'),
    partner: partnerId,
    issue,
    figure: z.string().check(
      z.refine((ref) => figures.some((f) => f.id === ref && f.unit === 'currency'), {
        message: 'must be the id of a currency figure in @c5plus/core',
        params: { kind: 'unknown-figure' },
      }),
    ),
    years: z.number().check(z.int(), z.minimum(1), z.maximum(20)),
  }),
]);

const engagement = z.strictObject({
  partner: partnerId,
  issue,
  format: z.enum(['c5plus', 'bilateral']),
  points: z.number().check(z.int(), z.positive()),
});
const plan = z.strictObject({
  year: z.optional(year),
  engagements: z.array(engagement),
  consultation: z.number().check(z.int(), z.minimum(0)),
  summits: z.array(partnerId),
});

const scope = z.union([z.literal('every'), z.literal('average'), stateId]);
const objective = z.discriminatedUnion('kind', [
  z.strictObject({
    id,
    text: z.string().check(z.minLength(1)),
    kind: z.literal('indicator'),
    indicator,
    scope,
    min: score,
  }),
  z.strictObject({
    id,
    text: z.string().check(z.minLength(1)),
    kind: z.literal('cohesion'),
    min: score,
  }),
  z.strictObject({
    id,
    text: z.string().check(z.minLength(1)),
    kind: z.literal('meetings'),
    partner: partnerId,
    min: z.number().check(z.int(), z.minimum(0)),
  }),
  z.strictObject({
    id,
    text: z.string().check(z.minLength(1)),
    kind: z.literal('suspicion'),
    max: score,
  }),
  z.strictObject({
    id,
    text: z.string().check(z.minLength(1)),
    kind: z.literal('exposure'),
    maxShare: z.number().check(z.minimum(0), z.maximum(1)),
  }),
]);

/** A strict object with one value for each of the five states. */
export const perState = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({ KAZ: value, KGZ: value, TJK: value, TKM: value, UZB: value });
/** A strict object with one value for each partner. */
export const perPartner = <T extends z.ZodMiniType>(value: T) =>
  z.strictObject({
    japan: value,
    'south-korea': value,
    usa: value,
    china: value,
    russia: value,
    eu: value,
    italy: value,
  });
const somePartners = <T extends z.ZodMiniType>(value: T) => z.partialRecord(partnerId, value);

const initialState = z.strictObject({
  indicators: z.strictObject({
    prosperity: score,
    security: score,
    connectivity: score,
    humanCapital: score,
  }),
  ties: somePartners(score),
  exposure: somePartners(z.number().check(z.minimum(0))),
  capital: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
});
const initialPartner = z.strictObject({
  attention: score,
  baseline: z.optional(score),
  capacity: z.partialRecord(issue, z.number().check(z.minimum(0), z.maximum(1))),
  suspicion: z.optional(z.partialRecord(stateId, score)),
  formatSince: z.nullable(year),
});

/** A language code such as `en` or `ru` (ISO 639-1, or 639-3 where it has none). */
const language = z
  .string()
  .check(z.regex(LANGUAGE_PATTERN, 'must be a language code such as "en" or "ru"'));
const text = z.string().check(z.minLength(1));
/** What a scenario says to players, in one more language; ids are checked against the scenario. */
const scenarioTexts = z.strictObject({
  title: z.optional(text),
  summary: z.optional(text),
  lessons: z.optional(z.array(text)),
  objectives: z.optional(z.record(z.string(), text)),
  scripted: z.optional(z.record(z.string(), text)),
  deck: z.optional(z.record(z.string(), z.strictObject({ title: text, text }))),
});

/** The scenario file format. */
export const scenarioSchema = z
  .strictObject({
    /** Where an editor finds this schema, for completion; ignored by the model. */
    $schema: z.optional(z.string()),
    id,
    language: z.optional(language),
    translations: z.optional(z.record(z.string(), scenarioTexts)),
    title: z.string().check(z.minLength(1)),
    summary: z.string().check(z.minLength(1)),
    startYear: year,
    endYear: year,
    lessons: z.array(z.string().check(z.minLength(1))),
    initial: z.strictObject({
      cohesion: score,
      states: perState(initialState),
      partners: perPartner(initialPartner),
    }),
    scripted: z.array(
      z.strictObject({
        id,
        year,
        title: z.string().check(z.minLength(1)),
        citation: z.optional(citation),
        effects: z.array(effect),
        summit: z.optional(partnerId),
        opensFormat: z.optional(partnerId),
        sanctions: z.optional(partnerId),
      }),
    ),
    deck: z.array(
      z.strictObject({
        id,
        title: z.string().check(z.minLength(1)),
        text: z.string().check(z.minLength(1)),
        effects: z.array(effect),
        citation: z.optional(citation),
      }),
    ),
    cardChance: z.number().check(z.minimum(0), z.maximum(1)),
    objectives: z.array(objective),
    historical: z.array(
      z.strictObject({ year, plans: z.partialRecord(stateId, plan), citations: z.array(citation) }),
    ),
  })
  .check(
    z.superRefine((s, ctx) => {
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
    }),
  );

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
  ctx: z.core.$RefinementCtx,
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
