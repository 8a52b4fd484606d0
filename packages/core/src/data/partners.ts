import type { Partner } from '../types';

/** The dataset's `partners` collection. */
export const partners: readonly Partner[] = [];
