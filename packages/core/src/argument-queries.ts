/**
 * Finding the arguments the documents make: by partner, issue area, kind,
 * arguer or document, for a debrief or a class discussion.
 */
import { dataset } from './data';
import type { Argument, ArgumentKind, Dataset, PartnerId, SourceFile, ThemeId } from './types';

/**
 * Which arguments {@link findArguments} keeps. Every field narrows the result;
 * an absent (or `undefined`) field does not filter.
 */
export interface ArgumentFilter {
  /** Only arguments that name this partner among their `partners`. */
  readonly partner?: PartnerId | undefined;
  /**
   * `true`: only arguments about the C5+ format with any partner (empty
   * `partners`); `false`: only arguments about named partners.
   */
  readonly general?: boolean | undefined;
  /** Only arguments tagged with this issue area. */
  readonly theme?: ThemeId | undefined;
  /** Only challenges, benefits or explanations. */
  readonly kind?: ArgumentKind | undefined;
  /** Only arguments by this person (a `people` id). */
  readonly arguedBy?: string | undefined;
  /** Only arguments made in this document. */
  readonly document?: SourceFile | undefined;
}

function matches(argument: Argument, filter: ArgumentFilter): boolean {
  const { partner, general, theme, kind, arguedBy, document } = filter;
  if (partner !== undefined && !argument.partners.includes(partner)) return false;
  if (general !== undefined && (argument.partners.length === 0) !== general) return false;
  if (theme !== undefined && !argument.themes.includes(theme)) return false;
  if (kind !== undefined && argument.kind !== kind) return false;
  if (arguedBy !== undefined && argument.arguedBy !== arguedBy) return false;
  if (document !== undefined && argument.document !== document) return false;
  return true;
}

/**
 * The arguments that pass the filter, in the dataset's order (by document,
 * then as each document makes them).
 *
 * @example
 * ```ts
 * // The challenges the documents see for Japan's format, with their words
 * for (const a of findArguments({ partner: 'japan', kind: 'challenge' })) {
 *   console.log(a.claim, a.sources.map((c) => c.quote));
 * }
 * ```
 */
export function findArguments(filter: ArgumentFilter = {}, data: Dataset = dataset): Argument[] {
  return data.arguments.filter((argument) => matches(argument, filter));
}
