/**
 * Shorthand for writing the `historical` lines of scenarios: the plans the
 * documents describe the states making.
 */
import type { Engagement, Issue, PartnerId, Plan, StateId } from '../model';

/** A C5+ engagement. */
export const c5 = (partner: PartnerId, issue: Issue, points: number): Engagement => ({
  partner,
  issue,
  format: 'c5plus',
  points,
});

/** A bilateral engagement. */
export const bilateral = (partner: PartnerId, issue: Issue, points: number): Engagement => ({
  partner,
  issue,
  format: 'bilateral',
  points,
});

/** A plan from engagements, consultation points and summits attended. */
export function plan(
  engagements: readonly Engagement[],
  consultation = 0,
  summits: readonly PartnerId[] = [],
): Plan {
  return { engagements, consultation, summits };
}

/** The same plan for all five states. */
export function everyone(p: Plan): Record<StateId, Plan> {
  return { KAZ: p, KGZ: p, TJK: p, TKM: p, UZB: p };
}

/**
 * The same plan for all five, with the security-alignment engagements removed
 * for Turkmenistan, whose neutrality the format accommodates.
 */
export function everyoneNeutralAware(p: Plan): Record<StateId, Plan> {
  const neutral: Plan = { ...p, engagements: p.engagements.filter((e) => e.issue !== 'security') };
  const spare = p.engagements
    .filter((e) => e.issue === 'security')
    .reduce((sum, e) => sum + e.points, 0);
  return { ...everyone(p), TKM: { ...neutral, consultation: p.consultation + spare } };
}
