import type { DatedEvent } from '../types';

/** The dataset's `events` collection. */
export const events: readonly DatedEvent[] = [];
