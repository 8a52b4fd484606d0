import type { SourceDocument } from '../types';

/** The dataset's `sources` collection. */
export const sources: readonly SourceDocument[] = [];
