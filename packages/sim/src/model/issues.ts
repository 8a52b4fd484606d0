/**
 * The issues a state can engage on, and whether each is practical or charged.
 * The charge is not decided here: it is read from `@c5plus/core`'s theme
 * records, which cite the documents' contrast between "practical cooperation"
 * and "politically charged commitments".
 */
import { themes } from '@c5plus/core';
import type { Issue } from './types';

/** Every issue, in the order menus show them: practical first. */
export const ISSUES: readonly Issue[] = [
  'connectivity',
  'customs',
  'water',
  'education',
  'health',
  'energy',
  'trade-investment',
  'security',
  'sanctions',
  'critical-minerals',
];

/** The issue a neutral state may not engage on: security alignment. */
export const SECURITY_ALIGNMENT: Issue = 'security';

let charged: Readonly<Record<Issue, boolean>> | undefined;

/** Whether an issue is politically charged (drawing full rival suspicion). */
export function isCharged(issue: Issue): boolean {
  charged ??= chargeTable();
  return charged[issue];
}

function chargeTable(): Record<Issue, boolean> {
  const table = {} as Record<Issue, boolean>;
  for (const id of ISSUES) {
    const theme = themes.find((t) => t.id === id);
    if (!theme) throw new Error(`@c5plus/core has no theme record for issue "${id}"`);
    table[id] = theme.charge === 'charged';
  }
  return table;
}
