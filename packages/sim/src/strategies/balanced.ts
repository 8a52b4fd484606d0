/** Strategies that spread engagement: the multi-vector balancer and the neutral. */
import type { Decision, GameState, PartnerId, StateId, Strategy } from '../model';
import {
  bestPracticalIssue,
  leastUsedPartner,
  openPartners,
  PlanBuilder,
  practicalRoom,
  regionalTargets,
  scheduledSummits,
} from './plan-builder';

/**
 * Balances across partners. All five rank the open partners the same way (by
 * attention, discounted by the region's average exposure to each), so their
 * C5+ engagements meet at the same tables; each then adds a small bilateral
 * deal with the attentive partner it depends on least.
 */
export const multiVector: Strategy = {
  id: 'multiVector',
  name: 'Multi-vector balancer',
  description:
    'Meets the partners the region depends on least as a group, on practical issues; adds a small bilateral deal with its own least-used partner; consults the region and attends summits.',
  decide(game: GameState, stateId: StateId): Decision {
    const b = new PlanBuilder(game, stateId).consult(2);
    // Indexed up to a count, not sliced: every state decides this every turn.
    const summits = scheduledSummits(game);
    for (let i = 0; i < summits.length && i < 2; i++) b.attend(summits[i] as PartnerId);
    const regional = regionalTargets(game);
    const targets = Math.min(regional.length, 3);
    const diversifier = leastUsedPartner(game, stateId);
    const reserve = diversifier ? 2 : 0;
    const share = Math.max(1, Math.floor((b.budget - reserve) / Math.max(1, targets)));
    const room = practicalRoom(game, stateId);
    for (let i = 0; i < targets; i++) {
      const partner = regional[i] as PartnerId;
      const issue = bestPracticalIssue(game, partner, room);
      b.engage(partner, issue, 'c5plus', share).becauseOf('spread-practical', partner, issue);
    }
    if (diversifier && b.budget > 0) {
      const issue = bestPracticalIssue(game, diversifier, room);
      b.engage(diversifier, issue, 'bilateral', b.budget).becauseOf(
        'diversify',
        diversifier,
        issue,
      );
    }
    return { plan: b.build(), reasons: b.reasons };
  },
};

/**
 * Turkmenistan's way as the documents describe it: practical C5+ engagement
 * at the tables the region meets at, never a charged issue, never a bilateral
 * alignment. It consults enough to draw on the region's cohesion and spreads
 * every remaining point over its C5+ engagements (none left idle).
 */
export const neutral: Strategy = {
  id: 'neutral',
  name: 'Positive neutrality',
  description:
    'Joins the region’s C5+ meetings on practical issues, consults the region, avoids charged issues and bilateral alignment.',
  decide(game: GameState, stateId: StateId): Decision {
    const b = new PlanBuilder(game, stateId).consult(2).because({ code: 'avoid-charged' });
    for (const partner of scheduledSummits(game).slice(0, 1)) b.attend(partner);
    const regional = regionalTargets(game);
    const targets = (regional.length > 0 ? regional : openPartners(game)).slice(0, 4);
    if (targets.length === 0) {
      b.consult(b.budget);
      return { plan: b.build(), reasons: b.reasons };
    }
    const room = practicalRoom(game, stateId);
    // Whole points, the first tables taking one more each until none is left.
    const budget = b.budget;
    const base = Math.floor(budget / targets.length);
    const extra = budget - base * targets.length;
    targets.forEach((partner, i) => {
      const points = base + (i < extra ? 1 : 0);
      if (points <= 0) return;
      const issue = bestPracticalIssue(game, partner, room);
      b.engage(partner, issue, 'c5plus', points).becauseOf('spread-practical', partner, issue);
    });
    return { plan: b.build(), reasons: b.reasons };
  },
};
