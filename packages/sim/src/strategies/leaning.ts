/**
 * Strategies that lean toward one side: most capital bilaterally with one
 * partner (or bloc), the rest as C5+ with it.
 */
import type { Decision, GameState, Issue, PartnerId, StateId, Strategy } from '../model';
import { PlanBuilder } from './plan-builder';

interface Lean {
  readonly partner: PartnerId;
  readonly issue: Issue;
  readonly points: number;
  readonly format: 'c5plus' | 'bilateral';
}

function leaningStrategy(
  id: string,
  name: string,
  description: string,
  leans: readonly Lean[],
  summits: readonly PartnerId[],
): Strategy {
  return {
    id,
    name,
    description,
    decide(game: GameState, stateId: StateId): Decision {
      const b = new PlanBuilder(game, stateId).consult(1);
      for (const partner of summits) b.attend(partner);
      for (const lean of leans) {
        b.engage(lean.partner, lean.issue, lean.format, lean.points).becauseOf(
          'lean-toward',
          lean.partner,
          lean.issue,
        );
      }
      const main = leans[0];
      // A neutral state skips security alignment; what it would have spent goes to trade.
      if (main && b.budget > 0) b.engage(main.partner, 'trade-investment', 'bilateral', b.budget);
      return { plan: b.build(), reasons: b.reasons };
    },
  };
}

/** Leans on Russia for security and trade. */
export const russiaLeaning = leaningStrategy(
  'russiaLeaning',
  'Russia-leaning',
  'Relies on Russia bilaterally for security and trade, with a little C5+ engagement with Russia and China.',
  [
    { partner: 'russia', issue: 'security', points: 4, format: 'bilateral' },
    { partner: 'russia', issue: 'trade-investment', points: 2, format: 'c5plus' },
    { partner: 'china', issue: 'connectivity', points: 1, format: 'c5plus' },
  ],
  ['russia'],
);

/** Leans on China for trade and logistics. */
export const chinaLeaning = leaningStrategy(
  'chinaLeaning',
  'China-leaning',
  'Relies on China bilaterally for trade and logistics, with C5+ connectivity talks with China.',
  [
    { partner: 'china', issue: 'trade-investment', points: 4, format: 'bilateral' },
    { partner: 'china', issue: 'connectivity', points: 3, format: 'c5plus' },
    { partner: 'russia', issue: 'energy', points: 1, format: 'bilateral' },
  ],
  ['china'],
);

/** Leans on the USA, the EU and Japan. */
export const westLeaning = leaningStrategy(
  'westLeaning',
  'West-leaning',
  'Makes bilateral critical-minerals deals with the USA and connectivity deals with the EU, with C5+ education talks with Japan.',
  [
    { partner: 'usa', issue: 'critical-minerals', points: 3, format: 'bilateral' },
    { partner: 'eu', issue: 'connectivity', points: 2, format: 'c5plus' },
    { partner: 'japan', issue: 'education', points: 2, format: 'c5plus' },
  ],
  ['usa', 'japan'],
);
