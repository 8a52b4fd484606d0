/**
 * Every number of the model that the documents do not give. Each is a modeling
 * assumption with a one-line rationale in `CALIBRATION_NOTES`; `docs/model.md`
 * lists them beside the passages that motivate each mechanic.
 */
import type { Issue, PartnerId } from './types';

/** The model's tunable numbers. */
export const CALIBRATION = {
  /** Diplomatic capital each state may spend per turn. */
  capitalPerTurn: 10,
  /** Capital a state spends to attend a scheduled summit. */
  summitCost: 2,
  /** States that must join a C5+ engagement with one partner for a meeting to convene. */
  c5MinParticipants: 3,
  /** Partner attention below which a C5+ meeting does not convene. */
  c5AttentionThreshold: 25,
  /** Indicator points gained per capital point in a convened C5+ meeting, before amplifiers. */
  c5Yield: 0.9,
  /** Share of the C5+ yield kept when the meeting fails to convene (talks on the sidelines). */
  c5FailedYieldShare: 0.25,
  /** How much full cohesion (100) amplifies a C5+ yield: × (1 + this). */
  cohesionAmplifier: 0.6,
  /** How much full participation (all five) amplifies a C5+ yield: × (1 + this). */
  participationAmplifier: 0.5,
  /** Share of a yield a partner delivers even with no attention to the region (the rest scales with attention). */
  attentionReachFloor: 0.5,
  /** The indicator level at which gains are delivered in full; above it they shrink, reaching nothing at 100. */
  fullGainLevel: 50,
  /** Ties a summit adds per capital point it costs. */
  summitTiesPerPoint: 2,
  /** What a summit delivers to each attendee per capital point it costs, relative to the C5+ base yield. */
  summitYield: 2,
  /** Extra C5+ yield for states attending a summit with that partner. */
  summitAmplifier: 0.35,
  /** Bilateral yield per capital point, relative to the C5+ base yield. */
  bilateralYieldMultiplier: 2,
  /** Exposure share shifted toward a partner per bilateral capital point. */
  bilateralExposureShift: 0.016,
  /** Exposure share shifted toward a partner per C5+ capital point. */
  c5ExposureShift: 0.004,
  /** Ties gained per bilateral capital point. */
  bilateralTiesGain: 1.6,
  /** Ties gained per C5+ capital point in a convened meeting. */
  c5TiesGain: 1.0,
  /** Share of ties lost each turn without engagement. */
  tiesDecay: 0.03,
  /** Rival suspicion per bilateral capital point on a fully charged issue. */
  suspicionPerPoint: 3.2,
  /** Multiplier on suspicion for C5+ (group, informal) engagement. */
  c5SuspicionFactor: 0.4,
  /** Multiplier on suspicion for practical (not charged) issues. */
  practicalSuspicionFactor: 0.45,
  /** Multiplier on suspicion a neutral state draws. */
  neutralSuspicionFactor: 0.5,
  /** Share of suspicion that fades each turn. */
  suspicionDecay: 0.18,
  /** Suspicion at which a partner may start pressuring a state. */
  pressureThreshold: 35,
  /** Suspicion above the threshold over which the chance of pressing climbs linearly to certainty (past 100 here: it never is certain). */
  pressureRamp: 80,
  /** How much more suspicion a deal draws per unit of concentration of the state's exposure on the engaged partner. */
  alignmentSuspicion: 1.5,
  /** Ties lost with the partner that presses. */
  pressureTiesLoss: 3,
  /** Share of a pressure event's losses that full ties (100) with the presser spare. */
  pressureTiesSoftening: 0.5,
  /** Share of suspicion a partner spends when it presses (the grievance is acted on). */
  pressureRelief: 1,
  /** Years after pressing a state before the partner may press it again. */
  pressureRespite: 4,
  /** A pressure episode's cost × a severity drawn evenly between these (mean 1). */
  pressureSeverityMin: 0.4,
  pressureSeverityMax: 1.6,
  /** How much full ties (100) with a partner add to what it delivers: × (1 + this). */
  tiesYieldBonus: 0.4,
  /** Consultation points a state needs this turn for the full cohesion bonus on its own C5+ yields and autonomy. */
  consultationForVoice: 2,
  /** Pressure's prosperity loss multiplier with no exposure to the presser. */
  pressureLeverageFloor: 0.5,
  /** How much each share of exposure to the presser adds to that multiplier. */
  pressureLeveragePerShare: 2,
  /** Cohesion gained per capital point of regional consultation, scaled by room to grow. */
  consultationGain: 0.9,
  /** Cohesion lost each turn without consultation. */
  cohesionDecay: 2,
  /** Cohesion gained by each C5+ meeting that convenes. */
  meetingCohesionGain: 1.5,
  /** Attention a partner gains per capital point of C5+ engagement it receives. */
  c5AttentionGain: 0.35,
  /** Attention a partner gains per capital point of bilateral engagement it receives. */
  bilateralAttentionGain: 0.15,
  /** Indicator points (before diminishing returns) a pledge of a trillion yen brings each state, in full uptake. */
  pledgeGainPerTrillionYen: 5,
  /** Share of a pledge a state with no ties to the partner still takes up. */
  pledgeUptakeFloor: 0.4,
  /** Yen per US dollar, to read dollar pledges on the same scale. */
  yenPerDollar: 150,
  /** Years of pressure to come that a state's standing counts against it (see `standing`). */
  standingHorizon: 3,
  /** Smallest severity of a random event: its effects × this. */
  cardSeverityMin: 0.6,
  /** Largest severity of a random event. */
  cardSeverityMax: 2.4,
  /** Chance each year that a partner's domestic politics shock its attention to the region. */
  attentionShockChance: 0.12,
  /** Share of attention shocks that turn the partner away (the rest turn it toward the region). */
  attentionShockAwayShare: 0.6,
  /** Prosperity a state wholly dependent on a partner loses when that partner's own troubles turn it away. */
  dependenceShockLoss: 8,
  /** Share of a state's exposure to a partner that its troubles cut (trade with it shrinks). */
  dependenceShockCut: 0.12,
  /** Attention an attention shock moves. */
  attentionShockSize: 20,
  /** Share of the gap to its baseline a partner's attention closes each turn. */
  attentionReversion: 0.2,
  /** Share of the gap to 50 an indicator closes each turn (economies and ministries drift). */
  indicatorReversion: 0.04,
  /** Prosperity a state wholly dependent on a sanctioned partner loses each year of the regime. */
  sanctionsExposureLoss: 8,
  /** Suspicion a sanctioning partner gains each year of a state wholly dependent on the sanctioned one. */
  sanctionsWatch: 12,
  /** Multiplier on the suspicion a sanctioning partner draws from a deal with the sanctioned one. */
  sanctionedDealSuspicion: 1.5,
  /** Autonomy when exposure is wholly on one partner, security and cohesion at 0. */
  autonomyFloor: 15,
  /** Autonomy added by fully diversified exposure. */
  autonomyDiversification: 55,
  /** Autonomy added per point of security. */
  autonomySecurityWeight: 0.15,
  /** Autonomy added per point of regional cohesion. */
  autonomyCohesionWeight: 0.15,
} as const;

/** A calibration key. */
export type CalibrationKey = keyof typeof CALIBRATION;

/** Why each calibration value is what it is. */
export const CALIBRATION_NOTES: Record<CalibrationKey, string> = {
  capitalPerTurn: 'A unit budget: ten points make shares easy to read in class.',
  summitCost: 'A summit takes a leader’s time; a fifth of the yearly budget.',
  c5MinParticipants: 'A C5+ meeting needs most of the five (three of five) to speak as a region.',
  c5AttentionThreshold: 'Below a quarter of full attention a partner does not convene ministers.',
  c5Yield: 'Base unit: slightly under one indicator point per capital point.',
  c5FailedYieldShare: 'Without a meeting, a quarter of the effort still yields contacts.',
  cohesionAmplifier: 'A united region gets up to 60% more out of the same meeting.',
  participationAmplifier: 'All five at the table gets up to 50% more than three.',
  attentionReachFloor: 'An inattentive partner still delivers half of what its programmes can.',
  fullGainLevel:
    'Gains are full at the midpoint; above it they shrink with the square of the room left (a quarter at 75) and vanish at the top, so no plan pins an indicator at 100.',
  summitTiesPerPoint:
    'A summit builds ties twice as fast as the capital it costs would in a meeting.',
  summitYield:
    'A summit’s declaration delivers like a bilateral deal of the same cost on the partner’s strongest practical issue.',
  summitAmplifier: 'Leaders’ attention adds about a third to what ministers achieve.',
  bilateralYieldMultiplier:
    'Tailored deals yield twice a plain group meeting; only a united region in full attendance matches them.',
  bilateralExposureShift:
    'Ten bilateral points add about a sixth (0.16) of trade toward one partner before rebalancing.',
  c5ExposureShift: 'Group engagement spreads gains; a quarter of the bilateral shift.',
  bilateralTiesGain: 'Bilateral visits build ties faster than group meetings.',
  c5TiesGain: 'Group meetings still build ties, more slowly.',
  tiesDecay: 'Ties fade slowly when neglected: about 3% a year.',
  suspicionPerPoint:
    'Ten bilateral points on a charged issue (32 suspicion) bring a full rival near pressure level in one year and past it the next.',
  c5SuspicionFactor: 'Informal group meetings look less threatening: 40% of the suspicion.',
  practicalSuspicionFactor:
    'Practical issues draw under half (45%) of the suspicion charged ones do.',
  neutralSuspicionFactor: 'Recognized neutrality halves the suspicion a state draws.',
  suspicionDecay: 'Suspicion fades by about a fifth a year when fed nothing new.',
  pressureThreshold:
    'Past about a third of full suspicion a rival may act: five bilateral charged points a year for two years (5 × 3.2 = 16, then 16 + 16 × 0.82 ≈ 29 plus the C5+ share) bring a rival to it; practical C5+ play (0.4 × 0.45 = 18% of that) never does.',
  pressureRamp:
    'Past the threshold the chance of pressing climbs by 1/80 a suspicion point: a rival at 60 presses about one year in three, at 85 more than half the years. Pressure is a costly episode (see the partners’ conduct), not a yearly toll, and the respite after it keeps episodes years apart.',
  alignmentSuspicion:
    'A deal with the partner a state already depends on reads as alignment, the way Western states see a region in Russia’s sphere of influence as a target for “decoupling” (004): an even share (1/7) adds nothing, half of the state’s trade (0.5) adds about three-fifths (1 + 1.5 × 0.42 = 1.62).',
  pressureTiesLoss: 'Pressure sours relations with the one pressing a little.',
  pressureTiesSoftening:
    'A state on good terms with the presser is squeezed less: full ties spare half the loss.',
  pressureRelief:
    'Having pressed, a partner spends its grievance: its suspicion starts again from nothing, so pressure comes in episodes years apart, even to a state that keeps leaning.',
  pressureRespite:
    'A partner that has pressed gives its measure time to work: it presses the same state again no sooner than four years on, so a leaning state meets about one episode from each rival in a scenario of five to ten years.',
  pressureSeverityMin:
    'A mild episode (a warning, a delayed shipment) costs under half the written figures.',
  pressureSeverityMax:
    'A harsh one (a sanctions listing, a closed border crossing) costs half as much again: the same lean can cost little or much.',
  tiesYieldBonus:
    'A partner delivers more to states it knows well: full ties add 40% to every engagement with it.',
  consultationForVoice:
    'Only a state that consults the region (two points, a fifth of its budget) draws on its cohesion; free riders get the meeting, not the united voice.',
  pressureLeverageFloor: 'Even a state barely exposed to the presser feels half the squeeze.',
  pressureLeveragePerShare:
    'A state half-dependent on the presser feels the squeeze at full strength and more.',
  consultationGain: 'Regional consultation builds cohesion, harder as it nears full.',
  cohesionDecay: 'Differing foreign policies pull the five apart without upkeep.',
  meetingCohesionGain: 'Meeting as a group is itself practice in acting as one.',
  c5AttentionGain: 'A region that engages a partner as a group draws its attention.',
  bilateralAttentionGain: 'One state’s engagement draws less regional attention.',
  pledgeGainPerTrillionYen:
    'A trillion yen (about 7 billion dollars, under 2% of the region’s yearly output) is worth 5 points to each state: the 24-billion-yen roadmap of 2017 is then 0.12 points, the 3-trillion-yen target of 2025 15 points over five years, 125 times as much.',
  pledgeUptakeFloor:
    'A state with no ties to the partner takes up 40% of a pledge; one with full ties all of it.',
  yenPerDollar: 'A round rate for the 2020s, used only to compare pledges.',
  standingHorizon:
    'Suspicion fades by a fifth a year, so about three years of the pressure it holds are still to come.',
  cardSeverityMin: 'A mild event of its kind does a little over half its written effect.',
  cardSeverityMax:
    'A severe one (a deep slump, a major earthquake) does more than twice it: chance must count.',
  attentionShockChance:
    'About once in eight years a partner’s politics jolt its attention (Japan had three leadership changes in 2009–2012).',
  attentionShockAwayShare: 'Shocks turn partners away from a far region more often than toward it.',
  dependenceShockLoss:
    'Overreliance is a vulnerability (003): a partner’s own slump or crisis costs a state that trades only with it 8 prosperity, one at an even share nothing, one half-dependent (0.5) about 3.3 (8 × 0.42).',
  dependenceShockCut:
    'The trade a troubled partner buys shrinks by about an eighth, so dependence eases a little after the blow.',
  attentionShockSize:
    'A jolt of a fifth of full attention: enough to stall or revive a format for a year or two.',
  attentionReversion: 'Attention returns toward the partner’s own priorities, a fifth a year.',
  indicatorReversion: 'Gains fade without upkeep: 4% of the gap to the middle each year.',
  sanctionsExposureLoss:
    'Overreliance on Russia is a vulnerability “especially in light of the sanctions imposed on the latter” (003): blocked settlements and the risk of secondary sanctions cost a state wholly dependent on Russia 8 prosperity a year, one at an even share nothing, one at 30% of its trade (0.18 of full concentration) about 1.5.',
  sanctionsWatch:
    'The region grows partly through “circumvention trade to bypass Western sanctions” (004), and the West watches it: a state wholly dependent on Russia draws 12 suspicion a year from each sanctioning partner (× its weight), one at 30% about 2.2, which suspicion’s yearly fade holds near 12.',
  sanctionedDealSuspicion:
    'A deal with a sanctioned partner reads as helping it round the sanctions: the sanctioning partners’ suspicion of it is half as large again (1.5 ×).',
  autonomyFloor: 'Even a fully dependent state keeps some room to decide.',
  autonomyDiversification: 'Diversified exposure is the largest source of autonomy.',
  autonomySecurityWeight: 'Security adds modestly to room for manoeuvre.',
  autonomyCohesionWeight: 'A cohesive region backs each member’s choices.',
};

/**
 * How much partner `holder` resents a state's engagement with partner `other`:
 * 0 for none, 1 for a full rival. Rivalries as the documents describe them:
 * Russia and the West, China and the USA. South Korea adopted the format
 * beside "the United States, the European Union (EU), and others" (004): a
 * Western partner on a smaller scale, so it draws a little suspicion too.
 */
export const RIVALRY: Partial<Record<PartnerId, Partial<Record<PartnerId, number>>>> = {
  russia: { usa: 1, eu: 1, japan: 0.5, italy: 0.4, 'south-korea': 0.3 },
  china: { usa: 1, japan: 0.4, eu: 0.3, 'south-korea': 0.2 },
  usa: { russia: 0.8, china: 1 },
  eu: { russia: 0.7, china: 0.2 },
  japan: { russia: 0.2 },
};

/**
 * How strongly a partner's attention answers the region's engagement (1 for
 * the great powers). Japan is the light, long-term partner the documents
 * describe, whose attention follows its own politics more than the region's
 * courting; the smaller partners, Korea and Italy, are moved less too.
 */
export const ATTENTION_RESPONSE: Readonly<Record<PartnerId, number>> = {
  japan: 0.45,
  'south-korea': 0.6,
  usa: 1,
  china: 1,
  russia: 1,
  eu: 0.8,
  italy: 0.6,
};

/** How a partner presses a state it suspects: what each event costs, before leverage and ties. */
export interface PressureConduct {
  /** Prosperity lost, scaled by the exposure leverage. */
  readonly prosperity: number;
  /** Security lost. */
  readonly security: number;
  /** Connectivity lost (transit and logistics held back), scaled by leverage. */
  readonly connectivity: number;
  /** The dataset record that describes this kind of pressure. */
  readonly citation: string;
  /**
   * Partners that press together, as one regime: when one presses a state,
   * the others of its bloc spend their grievance against it too.
   */
  readonly bloc?: 'west';
}

/**
 * Each partner's conduct when it presses, as the documents describe each:
 * Russia's hold on security and the economy as the former sovereign power
 * ("a particularly strong dependence on Russia in terms of both economy and
 * security", 004); China's weight in trade and logistics; the West's milder
 * conditions and its sanctions regime (economic only; the EU never presses on
 * security), pressed by the two as one regime (`bloc`). The figures are one
 * episode's average cost: episodes come years apart (see `pressureRespite`)
 * and bite when they come. Partners missing here do not press.
 */
export const PRESSURE_CONDUCT: Partial<Record<PartnerId, PressureConduct>> = {
  russia: { prosperity: 10, security: 15, connectivity: 0, citation: 'partners/russia' },
  china: { prosperity: 15, security: 0, connectivity: 7.5, citation: 'partners/china' },
  usa: {
    prosperity: 7.5,
    security: 2.5,
    connectivity: 0,
    citation: 'themes/sanctions',
    bloc: 'west',
  },
  eu: { prosperity: 5, security: 0, connectivity: 0, citation: 'partners/eu', bloc: 'west' },
};

/**
 * Who holds a sanctions regime, and how closely each watches trade that
 * rounds it: the USA and the EU, whose pressure is economic (the sanctions
 * regime, `themes/sanctions`). Japan takes part in the sanctions too (003)
 * but does not press, so its watch would change nothing.
 */
export const SANCTIONING: Readonly<Partial<Record<PartnerId, number>>> = {
  usa: 1,
  eu: 0.8,
};

/**
 * How much harder a bilateral deal binds a state's trade to the partner: the
 * exposure it shifts, × this. Russia's hold on the economy does not unwind
 * ("a particularly strong dependence on Russia in terms of both economy and
 * security … a rapid “departure from Russia” is unlikely", 004), and it
 * builds "new supply chains … and new financial settlement mechanisms" with
 * the region (004); China's deals bind trade through its weight in trade and
 * logistics. Other partners' deals shift exposure at the plain rate.
 */
export const DEPENDENCE_PULL: Readonly<Partial<Record<PartnerId, number>>> = {
  russia: 3,
  china: 2.5,
};

/** How a partner's programmes deliver over time. */
export interface DeliveryProfile {
  /** Share of the engagement's gain delivered in the year it is agreed. */
  readonly now: number;
  /** Years over which the rest arrives, after the first. */
  readonly years: number;
  /** The whole delivery relative to a one-year deal of the same size. */
  readonly total: number;
  /** The dataset record behind the profile. */
  readonly citation: string;
}

/**
 * Partners whose programmes deliver over years rather than at once. Japan's
 * investment philosophy is "rooted in long-term impact rather than immediate
 * financial returns" (000): its ODA, JICA projects and scholarships pay a
 * share now and the rest over four more years, more in total than a deal
 * that pays at once. The great powers' deals (absent here) pay now.
 */
export const DELIVERY_PROFILES: Partial<Record<PartnerId, DeliveryProfile>> = {
  japan: { now: 0.3, years: 4, total: 1.5, citation: 'partners/japan' },
};

/** How much of what a transactional deal brings is spent rather than built. */
export interface DealFade {
  /** Share of a bilateral deal's gain that fades. */
  readonly share: number;
  /** Years over which it fades, after the year of the deal. */
  readonly years: number;
}

/**
 * The great powers' bilateral deals pay now: the "immediate financial
 * returns" that Japan's engagement, "rooted in long-term impact" (000), is
 * set against, and the USA's "deal-making" diplomacy (004). Part of what such
 * a deal brings (a purchase, a disbursed loan, a season's contracts) is spent
 * rather than built and fades over the next years unless the deal is renewed.
 * Their C5+ meetings and summits, and every other partner's deals, do not fade.
 */
export const DEAL_FADE: Partial<Record<PartnerId, DealFade>> = {
  usa: { share: 0.5, years: 3 },
  china: { share: 0.5, years: 3 },
  russia: { share: 0.5, years: 3 },
};

/** An indicator an engagement can raise directly (autonomy is derived). */
export type GainIndicator = 'prosperity' | 'security' | 'connectivity' | 'humanCapital';

/** Which indicators an issue improves, with weights that sum to 1. */
export const ISSUE_YIELDS: Readonly<Record<Issue, readonly (readonly [GainIndicator, number])[]>> =
  {
    connectivity: [
      ['connectivity', 0.8],
      ['prosperity', 0.2],
    ],
    customs: [
      ['connectivity', 0.6],
      ['prosperity', 0.4],
    ],
    water: [
      ['security', 0.5],
      ['prosperity', 0.5],
    ],
    education: [['humanCapital', 1]],
    health: [
      ['humanCapital', 0.6],
      ['security', 0.4],
    ],
    energy: [
      ['prosperity', 0.7],
      ['connectivity', 0.3],
    ],
    'trade-investment': [['prosperity', 1]],
    security: [['security', 1]],
    sanctions: [
      ['prosperity', 0.5],
      ['security', 0.5],
    ],
    'critical-minerals': [
      ['prosperity', 0.9],
      ['connectivity', 0.1],
    ],
  };

/** For each partner, who resents engagement with it and how much: `RIVALRY` read the other way. */
export const RESENTED_BY: Readonly<
  Record<PartnerId, readonly { readonly holder: PartnerId; readonly weight: number }[]>
> = (() => {
  const table = {} as Record<PartnerId, { holder: PartnerId; weight: number }[]>;
  const ids = ['japan', 'south-korea', 'usa', 'china', 'russia', 'eu', 'italy'] as const;
  for (const partner of ids) {
    table[partner] = [];
    for (const holder of ids) {
      const weight = RIVALRY[holder]?.[partner];
      if (weight) table[partner].push({ holder, weight });
    }
  }
  return table;
})();
