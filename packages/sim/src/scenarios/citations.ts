/** Whether a scenario's `citation` names a record of the dataset (`collection/id`). */
import { dataset } from '@c5plus/core';

let known: ReadonlySet<string> | undefined;

/** Every `collection/id` of the dataset, built once. */
function references(): ReadonlySet<string> {
  if (!known) {
    const all = new Set<string>();
    for (const [collection, records] of Object.entries(dataset))
      for (const record of records as readonly { id: string }[])
        all.add(`${collection}/${record.id}`);
    known = all;
  }
  return known;
}

/** True if `reference` is a record of `@c5plus/core`'s dataset. */
export function citationResolves(reference: string): boolean {
  return references().has(reference);
}
