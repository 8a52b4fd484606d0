/**
 * The dataset's shape as a zod schema. It validates the dataset in tests and
 * produces the published JSON Schema. It lives outside `src/` because the
 * runtime package has no dependencies: zod is a development tool here.
 */
import { z } from 'zod';
import { ARGUMENT_KINDS, PARTNER_IDS, SOURCE_FILES, STATE_IDS, THEME_IDS } from '../src/types';

const kebabId = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a kebab-case id');
const partialDate = z
  .string()
  .regex(
    /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/,
    'must be YYYY, YYYY-MM or YYYY-MM-DD',
  );
const year = z.number().int().min(1900).max(2100);
const text = z.string().trim().min(1);

const sourceFile = z.enum(SOURCE_FILES);
const stateId = z.enum(STATE_IDS);
const partnerId = z.enum(PARTNER_IDS);
const themeId = z.enum(THEME_IDS);

/** Every Russian text is the project's translation; the documents give none. */
const ruOrigin = z.literal('translation');
const citationFields = {
  source: sourceFile,
  quote: z.string().min(8).max(199),
  quoteRu: text.optional(),
  ruOrigin: ruOrigin.optional(),
};
/** A translated quote is always marked as a translation, and a mark always has its text. */
const translationMarked = (c: { quoteRu?: string | undefined; ruOrigin?: string | undefined }) =>
  (c.quoteRu === undefined) === (c.ruOrigin === undefined);
const markMessage = {
  message: 'quoteRu and ruOrigin go together: a translated quote is marked as a translation',
  path: ['ruOrigin'],
};
export const citationSchema = z.strictObject(citationFields).refine(translationMarked, markMessage);
const sources = z.array(citationSchema).min(1);
const discrepancy = z.strictObject({
  about: text,
  readings: z
    .array(
      z.strictObject({ ...citationFields, reading: text }).refine(translationMarked, markMessage),
    )
    .min(2),
  note: text.optional(),
});
const discrepancies = z.array(discrepancy).min(1).optional();
const bilingual = z.strictObject({ en: text, ru: text, ruOrigin });
const datePart = z.enum(['year', 'month', 'day']);

export const stateSchema = z.strictObject({
  id: stateId,
  name: bilingual,
  capital: bilingual,
  neutral: z.boolean(),
  notes: z.array(text),
  profile: bilingual,
  sources,
});

export const partnerSchema = z.strictObject({
  id: partnerId,
  name: bilingual,
  formatNames: z.array(z.strictObject({ name: text, since: year.optional() })).min(1),
  formatSince: year.optional(),
  approach: text,
  themes: z.array(themeId),
  discrepancies,
  sources,
});

export const eventSchema = z.strictObject({
  id: kebabId,
  title: text,
  titleRu: text,
  ruOrigin,
  date: partialDate,
  dateInference: z
    .strictObject({
      parts: z.array(datePart).min(1),
      basis: text,
      events: z.array(kebabId).min(1).optional(),
    })
    .optional(),
  endDate: partialDate.optional(),
  kind: z.enum([
    'meeting',
    'summit',
    'visit',
    'agreement',
    'policy',
    'war',
    'leadership-change',
    'project',
    'disaster',
    'anniversary',
  ]),
  partner: partnerId.optional(),
  c5plus: z.boolean(),
  level: z.enum([
    'heads-of-state',
    'foreign-ministers',
    'ministers',
    'senior-officials',
    'experts',
    'business',
    'public',
    'government',
    'none',
  ]),
  ordinal: z.number().int().positive().optional(),
  place: z
    .strictObject({
      city: text.optional(),
      cityRu: text.optional(),
      country: text,
      countryRu: text,
      ruOrigin,
    })
    .refine((place) => (place.city === undefined) === (place.cityRu === undefined), {
      message: 'cityRu must be given exactly when city is',
    })
    .optional(),
  status: z.enum(['held', 'postponed', 'cancelled', 'planned']),
  statusReason: text.optional(),
  outcomes: z.array(text),
  themes: z.array(themeId),
  people: z.array(kebabId).optional(),
  discrepancies,
  sources,
});

export const figureSchema = z.strictObject({
  id: kebabId,
  label: text,
  value: z.number().finite(),
  valueMax: z.number().finite().optional(),
  unit: z.enum([
    'currency',
    'count',
    'ratio',
    'people',
    'years',
    'aircraft',
    'documents',
    'groups',
    'meetings',
  ]),
  currency: z.enum(['JPY', 'USD']).optional(),
  qualifier: z.enum(['exact', 'up-to', 'approximately', 'more-than', 'reportedly']).optional(),
  event: kebabId.optional(),
  partner: partnerId.optional(),
  state: stateId.optional(),
  year: year.optional(),
  sources,
});

export const phaseSchema = z.strictObject({
  id: kebabId,
  ordinal: z.number().int().positive(),
  name: text,
  nameRu: text,
  years: z.strictObject({ start: year, end: year.optional() }),
  partner: partnerId,
  summary: text,
  summaryRu: text,
  ruOrigin,
  discrepancies,
  sources,
});

export const principleSchema = z.strictObject({
  id: kebabId,
  name: text,
  summary: text,
  partner: partnerId.optional(),
  event: kebabId.optional(),
  sources,
});

export const prioritySchema = z.strictObject({
  id: kebabId,
  name: text,
  partner: partnerId.optional(),
  event: kebabId.optional(),
  themes: z.array(themeId),
  sources,
});

export const initiativeSchema = z.strictObject({
  id: kebabId,
  name: text,
  year: year.optional(),
  partner: partnerId.optional(),
  people: z.array(kebabId).optional(),
  summary: text,
  themes: z.array(themeId),
  sources,
});

export const instrumentSchema = z.strictObject({
  id: kebabId,
  name: text,
  partner: partnerId.optional(),
  kind: z.enum(['aid', 'agency', 'finance', 'scholarship', 'programme', 'agreement', 'company']),
  summary: text,
  themes: z.array(themeId),
  sources,
});

export const personSchema = z.strictObject({
  id: kebabId,
  name: text,
  nameRu: text,
  ruOrigin,
  role: text,
  country: text.optional(),
  sources,
});

export const routeSchema = z.strictObject({
  id: kebabId,
  name: text,
  aliases: z.array(text),
  summary: text,
  bypassesRussia: z.boolean().optional(),
  partners: z.array(partnerId),
  sources,
});

export const themeSchema = z.strictObject({
  id: themeId,
  name: text,
  charge: z.enum(['practical', 'charged']),
  summary: text,
  sources,
});

export const argumentSchema = z.strictObject({
  id: kebabId,
  document: sourceFile,
  arguedBy: kebabId.optional(),
  claim: text,
  claimRu: text,
  ruOrigin,
  kind: z.enum(ARGUMENT_KINDS),
  themes: z.array(themeId),
  partners: z.array(partnerId),
  sources,
});

export const sourceDocumentSchema = z.strictObject({
  id: sourceFile,
  title: text,
  authors: z.array(text),
  outlet: text.optional(),
  dateAsGiven: text.optional(),
  language: text,
  sources,
});

/** The whole dataset. */
export const datasetSchema = z.strictObject({
  states: z.array(stateSchema),
  partners: z.array(partnerSchema),
  events: z.array(eventSchema),
  figures: z.array(figureSchema),
  phases: z.array(phaseSchema),
  principles: z.array(principleSchema),
  priorities: z.array(prioritySchema),
  initiatives: z.array(initiativeSchema),
  instruments: z.array(instrumentSchema),
  people: z.array(personSchema),
  routes: z.array(routeSchema),
  themes: z.array(themeSchema),
  arguments: z.array(argumentSchema),
  sources: z.array(sourceDocumentSchema),
});

/**
 * The published `dataset.json`: the dataset plus the package `version` it was
 * exported from. Its JSON Schema is published as `dataset.schema.json`.
 */
export const datasetFileSchema = datasetSchema
  .extend({
    version: z.string().regex(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/, 'must be a semver version'),
  })
  .meta({
    title: 'C5+ dataset',
    description:
      'The typed, sourced dataset of the C5+ formats between the five Central Asian states and their external partners (@c5plus/core). Every record cites the documents it is drawn from.',
  });

/**
 * Validates a dataset and names each problem by collection, record id and
 * field, e.g. `events/cajad-summit-2025.date: must be YYYY, YYYY-MM or YYYY-MM-DD`.
 */
export function datasetProblems(data: unknown): string[] {
  const result = datasetSchema.safeParse(data);
  if (result.success) return [];
  const root = data as Record<string, readonly { id?: unknown }[]>;
  return result.error.issues.map((issue) => {
    const [collection, index, ...field] = issue.path;
    const record =
      typeof collection === 'string' && typeof index === 'number'
        ? root[collection]?.[index]
        : undefined;
    const id = record && typeof record.id === 'string' ? record.id : `#${String(index)}`;
    const where = collection === undefined ? '(root)' : `${String(collection)}/${id}`;
    return `${where}${field.length ? `.${field.join('.')}` : ''}: ${issue.message}`;
  });
}
