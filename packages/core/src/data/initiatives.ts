import type { Initiative } from '../types';

/** The dataset's `initiatives` collection. */
export const initiatives: readonly Initiative[] = [];
