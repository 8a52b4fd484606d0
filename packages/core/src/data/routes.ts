import type { Route } from '../types';

/** The dataset's `routes` collection. */
export const routes: readonly Route[] = [];
