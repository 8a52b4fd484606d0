/** Strategies that spread engagement: the multi-vector balancer and the neutral. */
import { PARTNER_IDS } from '@c5plus/core';
import type { GameState, StateId } from '../model/types';
import {
  bestIssue,
  openPartners,
  PlanBuilder,
  practicalIssues,
  scheduledSummits,
} from './plan-builder';
import type { Decision, Strategy } from './types';

/**
 * Engages several partners at once through C5+ on practical issues, keeps some
 * regional consultation and attends the most attentive partners' summits.
 */
export const multiVector: Strategy = {
  id: 'multiVector',
  name: 'Multi-vector balancer',
  description:
    'Spreads C5+ engagement on practical issues across several partners, consults the region and attends summits.',
  decide(game: GameState, stateId: StateId): Decision {
    const b = new PlanBuilder(game, stateId).consult(2);
    for (const partner of scheduledSummits(game).slice(0, 2)) b.attend(partner);
    const open = openPartners(game).slice(0, 3);
    const targets =
      open.length > 0
        ? open
        : PARTNER_IDS.filter((p) => p === 'japan' || p === 'china' || p === 'russia');
    const share = Math.max(1, Math.floor(b.budget / targets.length));
    for (const partner of targets) {
      const issue = bestIssue(game, partner, practicalIssues());
      b.engage(partner, issue, 'c5plus', share).because({
        code: 'spread-practical',
        partner,
        issue,
      });
    }
    if (b.budget > 0 && targets[0])
      b.engage(targets[0], bestIssue(game, targets[0], practicalIssues()), 'c5plus', b.budget);
    return { plan: b.build(), reasons: b.reasons };
  },
};

/**
 * Turkmenistan's way as the documents describe it: practical C5+ engagement
 * with every open format, never a charged issue, never a bilateral alignment.
 */
export const neutral: Strategy = {
  id: 'neutral',
  name: 'Positive neutrality',
  description:
    'Joins C5+ meetings on practical issues with every partner, avoids charged issues and bilateral alignment.',
  decide(game: GameState, stateId: StateId): Decision {
    const b = new PlanBuilder(game, stateId).consult(3).because({ code: 'avoid-charged' });
    for (const partner of scheduledSummits(game).slice(0, 1)) b.attend(partner);
    const open = openPartners(game).slice(0, 4);
    if (open.length === 0) {
      b.consult(b.budget);
      return { plan: b.build(), reasons: b.reasons };
    }
    const share = Math.max(1, Math.floor(b.budget / open.length));
    for (const partner of open) {
      const issue = bestIssue(game, partner, practicalIssues());
      b.engage(partner, issue, 'c5plus', share).because({
        code: 'spread-practical',
        partner,
        issue,
      });
    }
    b.consult(b.budget);
    return { plan: b.build(), reasons: b.reasons };
  },
};
