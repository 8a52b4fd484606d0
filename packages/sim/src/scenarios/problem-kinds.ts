/**
 * What kind of problem a scenario file has, as a code with its parameters,
 * so that a reader can say it in its own language (the `reason` beside it is
 * English). Zod's issues are mapped by their own codes; the schema's own
 * checks name theirs in `params.kind`.
 */
import type { z } from '../model';

/** The kinds of problem `loadScenario` names. */
export type ScenarioProblemKind =
  | 'not-json'
  | 'wrong-type'
  | 'too-small'
  | 'too-big'
  | 'not-allowed'
  | 'unknown-keys'
  | 'bad-kind'
  | 'bad-id'
  | 'bad-reference'
  | 'bad-language'
  | 'unknown-record'
  | 'unknown-figure'
  | 'end-before-start'
  | 'year-outside'
  | 'translation-own-language'
  | 'translation-lessons'
  | 'translation-unknown-id'
  | 'plan'
  | 'invalid';

/** A problem's kind and the values its message needs. */
export interface ProblemKind {
  readonly kind: ScenarioProblemKind;
  readonly params: Readonly<Record<string, string | number>>;
}

/** The schema's text formats, by the kind of problem a mismatch is. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const REFERENCE_PATTERN = /^[a-z]+\/[a-z0-9-]+$/;
export const LANGUAGE_PATTERN = /^[a-z]{2,3}$/;
const FORMAT_KINDS = new Map<string, ScenarioProblemKind>([
  [ID_PATTERN.source, 'bad-id'],
  [REFERENCE_PATTERN.source, 'bad-reference'],
  [LANGUAGE_PATTERN.source, 'bad-language'],
]);

/** The kind of one zod issue from the scenario schema. */
export function kindOfIssue(issue: z.core.$ZodIssue): ProblemKind {
  switch (issue.code) {
    case 'invalid_type':
      return { kind: 'wrong-type', params: { expected: String(issue.expected) } };
    case 'too_small':
      return {
        kind: 'too-small',
        params: { minimum: Number(issue.minimum), origin: String(issue.origin) },
      };
    case 'too_big':
      return {
        kind: 'too-big',
        params: { maximum: Number(issue.maximum), origin: String(issue.origin) },
      };
    case 'invalid_value':
      return {
        kind: 'not-allowed',
        params: { allowed: issue.values.map((v) => JSON.stringify(v)).join(', ') },
      };
    case 'unrecognized_keys':
      return { kind: 'unknown-keys', params: { keys: issue.keys.map((k) => `"${k}"`).join(', ') } };
    case 'invalid_union':
      return { kind: 'bad-kind', params: {} };
    case 'invalid_format': {
      const pattern = (issue as { pattern?: string }).pattern;
      const source = pattern?.replace(/^\/(.*)\/[a-z]*$/, '$1') ?? '';
      return { kind: FORMAT_KINDS.get(source) ?? 'invalid', params: {} };
    }
    case 'custom': {
      const { kind, ...params } = (issue.params ?? {}) as {
        kind?: ScenarioProblemKind;
      } & Record<string, string | number>;
      return { kind: kind ?? 'invalid', params };
    }
    default:
      return { kind: 'invalid', params: {} };
  }
}
