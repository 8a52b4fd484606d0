import type { Person } from '../types';

/** The dataset's `people` collection. */
export const people: readonly Person[] = [];
