/**
 * The dataset records that motivate each mechanic, as `collection/id`
 * references into `@c5plus/core`. Effects carry them so a client can show the
 * passage behind a number; a test checks that each reference resolves.
 */
export const MECHANIC_CITATIONS = {
  /** Meeting as a group amplifies the region's voice. */
  c5Meeting: 'principles/principle-collective-voice',
  /** Practical meetings avoid making the region collateral damage. */
  practicalIssues: 'principles/principle-practical-not-charged',
  /** Engaging many partners without zero-sum choices. */
  rivalSuspicion: 'principles/principle-strategic-flexibility',
  /** Turkmenistan's recognized neutrality is accommodated. */
  neutrality: 'principles/principle-respect-neutrality',
  /** Overreliance on China and Russia is seen as a vulnerability. */
  diversification: 'principles/principle-diversification',
  /** Attention rose and fell with the partner's domestic politics. */
  attention: 'phases/japan-phase-downturn',
  /** Central Asia depends on Russia for security; security is a charged issue. */
  security: 'themes/security',
  /** A partner's leadership changes move its attention (Japan, 2009–2012). */
  attentionShock: 'events/japan-leadership-changes-2009-2012',
  /** Japan's long-term impact against the immediate returns of the great powers' deals. */
  dealFade: 'partners/japan',
  /** Sanctions on Russia: Russia's lifeline, trade circumventing them, and the West watching it. */
  sanctions: 'themes/sanctions',
  /** No rapid break with Russia: the region's dependence on it persists. */
  dependencePersists: 'arguments/russia-dependence-persists',
  /** Minilateral, issue-specific meetings. */
  minilateralism: 'principles/principle-minilateralism',
} as const;
