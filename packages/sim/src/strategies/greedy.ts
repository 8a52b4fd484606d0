/** The greedy strategy: the largest immediate gain, whatever it costs later. */
import { PARTNER_IDS } from '@c5plus/core';
import type { Decision, GameState, Issue, PartnerId, StateId, Strategy } from '../model';
import { CALIBRATION as C, ISSUES, SECURITY_ALIGNMENT } from '../model';
import { PlanBuilder } from './plan-builder';

/**
 * Puts everything into the two bilateral deals with the largest immediate
 * yield (capacity times attention), ignoring suspicion, exposure and the region.
 */
export const greedy: Strategy = {
  id: 'greedy',
  name: 'Greedy dealer',
  description:
    'Puts all capital into the two biggest bilateral deals on offer, ignoring suspicion and the region.',
  decide(game: GameState, stateId: StateId): Decision {
    const neutral = game.states[stateId].neutral;
    const offers: { partner: PartnerId; issue: Issue; value: number }[] = [];
    for (const partner of PARTNER_IDS) {
      const p = game.partners[partner];
      for (const issue of ISSUES) {
        if (neutral && issue === SECURITY_ALIGNMENT) continue;
        offers.push({
          partner,
          issue,
          value: p.capacity[issue] * (0.5 + p.attention / 200) * C.bilateralYieldMultiplier,
        });
      }
    }
    // Stable order on ties: the partner and issue order of the lists above.
    offers.sort((a, b) => b.value - a.value);
    const b = new PlanBuilder(game, stateId);
    const [first, second] = offers;
    if (first)
      b.engage(first.partner, first.issue, 'bilateral', Math.ceil(b.budget * 0.6)).becauseOf(
        'highest-yield',
        first.partner,
        first.issue,
      );
    if (second)
      b.engage(second.partner, second.issue, 'bilateral', b.budget).becauseOf(
        'highest-yield',
        second.partner,
        second.issue,
      );
    return { plan: b.build(), reasons: b.reasons };
  },
};
