/**
 * The sanctions regime: from the year a scenario's history imposes it, a
 * state's dependence on the sanctioned partner costs it each year and is
 * watched by the partners that sanction. Overreliance on Russia is a
 * vulnerability "especially in light of the sanctions imposed on the latter"
 * (003); the region grows partly through "circumvention trade to bypass
 * Western sanctions" (004), and that trade is watched.
 */
import { PARTNER_IDS, STATE_IDS } from '@c5plus/core';
import type { GameState, PartnerId, Scenario } from '../../model';
import { CALIBRATION as C, MECHANIC_CITATIONS as CITE, SANCTIONING } from '../../model';
import { adjustIndicator, adjustSuspicion } from '../adjust';
import { because, type TurnContext } from '../context';

const EVEN_SHARE = 1 / PARTNER_IDS.length;

/** Whether a sanctions regime against `partner` holds in `year` (imposed by a scripted event that year or before). */
export function isSanctioned(scenario: Scenario, year: number, partner: PartnerId): boolean {
  // A plain loop, not `some` with a closure: this runs for every deal.
  const scripted = scenario.scripted;
  for (let i = 0; i < scripted.length; i++) {
    const e = scripted[i] as (typeof scripted)[number];
    if (e.sanctions === partner && e.year <= year) return true;
  }
  return false;
}

/** Each state pays for, and is watched for, its dependence on every sanctioned partner. */
export function applySanctions(state: GameState, ctx: TurnContext): void {
  for (const sanctioned of PARTNER_IDS) {
    if (!isSanctioned(ctx.scenario, state.year, sanctioned)) continue;
    for (const id of STATE_IDS) {
      const s = state.states[id];
      const concentration = Math.max(0, s.exposure[sanctioned] - EVEN_SHARE) / (1 - EVEN_SHARE);
      if (concentration <= 0) continue;
      because(ctx, 'sanctions-regime', sanctioned, undefined, CITE.sanctions);
      ctx.why.state = id;
      adjustIndicator(ctx, s, 'prosperity', -C.sanctionsExposureLoss * concentration);
      for (const holder of PARTNER_IDS) {
        const weight = SANCTIONING[holder];
        if (weight && holder !== sanctioned)
          adjustSuspicion(
            ctx,
            state.partners[holder],
            s,
            C.sanctionsWatch * concentration * weight,
          );
      }
    }
  }
}
