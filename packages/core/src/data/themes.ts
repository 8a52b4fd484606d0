import type { Theme } from '../types';

/** The dataset's `themes` collection. */
export const themes: readonly Theme[] = [];
