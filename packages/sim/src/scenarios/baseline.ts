/**
 * Starting positions shared by scenarios: the partners' capacities by issue and
 * the states' broad economic profiles. Modeling assumptions, not figures from
 * the documents; each scenario adjusts attention, formats and exposure to its era.
 */
import type { InitialPartner, InitialState, Issue, PartnerId, StateId } from '../model';

/** What each partner can deliver, by issue (0–1), as the documents characterize them. */
export const PARTNER_CAPACITY: Readonly<
  Record<PartnerId, Readonly<Partial<Record<Issue, number>>>>
> = {
  // ODA, JICA, human capital, infrastructure credits, customs training.
  japan: {
    education: 0.85,
    health: 0.65,
    connectivity: 0.6,
    customs: 0.65,
    energy: 0.6,
    water: 0.5,
    'trade-investment': 0.4,
    'critical-minerals': 0.4,
    security: 0.1,
    sanctions: 0.2,
  },
  // Followed Japan's format; a smaller development and trade partner.
  'south-korea': {
    education: 0.6,
    health: 0.5,
    'trade-investment': 0.5,
    energy: 0.4,
    connectivity: 0.3,
    customs: 0.3,
    security: 0.1,
  },
  // Deal-making: critical minerals, aircraft, investment; security ties.
  usa: {
    'critical-minerals': 0.85,
    'trade-investment': 0.65,
    security: 0.5,
    energy: 0.5,
    education: 0.5,
    sanctions: 0.6,
    connectivity: 0.3,
  },
  // Logistics weight: the "world's factory" and the BRI.
  china: {
    connectivity: 0.9,
    'trade-investment': 0.9,
    energy: 0.7,
    customs: 0.6,
    'critical-minerals': 0.6,
    security: 0.4,
    water: 0.3,
    education: 0.3,
  },
  // The former sovereign power: security, energy, trade, labour ties.
  russia: {
    security: 0.85,
    energy: 0.6,
    'trade-investment': 0.6,
    education: 0.4,
    sanctions: 0.3,
    connectivity: 0.4,
  },
  // Connectivity and the Trans-Caspian route after 2022.
  eu: {
    connectivity: 0.75,
    customs: 0.6,
    water: 0.5,
    energy: 0.55,
    education: 0.5,
    'trade-investment': 0.5,
    sanctions: 0.5,
  },
  // Named only as holding a 2025 summit.
  italy: { 'trade-investment': 0.3, energy: 0.3 },
};

/** A partner's starting position with this capacity. */
export function partner(
  id: PartnerId,
  attention: number,
  formatSince: number | null,
  extra: Partial<InitialPartner> = {},
): InitialPartner {
  return { attention, formatSince, capacity: PARTNER_CAPACITY[id], ...extra };
}

/** The five states' broad profiles before a scenario adjusts them. */
export const STATE_PROFILES: Readonly<Record<StateId, InitialState>> = {
  KAZ: {
    indicators: { prosperity: 60, security: 55, connectivity: 45, humanCapital: 55 },
    ties: { russia: 60, china: 50, eu: 35, usa: 30, japan: 35, 'south-korea': 25 },
    exposure: { russia: 30, china: 28, eu: 22, usa: 6, japan: 5, 'south-korea': 5, italy: 4 },
  },
  KGZ: {
    indicators: { prosperity: 35, security: 45, connectivity: 35, humanCapital: 45 },
    ties: { russia: 65, china: 45, eu: 20, usa: 20, japan: 30, 'south-korea': 20 },
    exposure: { russia: 45, china: 35, eu: 8, usa: 3, japan: 4, 'south-korea': 4, italy: 1 },
  },
  TJK: {
    indicators: { prosperity: 30, security: 40, connectivity: 30, humanCapital: 40 },
    ties: { russia: 70, china: 45, eu: 15, usa: 15, japan: 25, 'south-korea': 15 },
    exposure: { russia: 50, china: 35, eu: 6, usa: 2, japan: 3, 'south-korea': 3, italy: 1 },
  },
  TKM: {
    indicators: { prosperity: 45, security: 55, connectivity: 35, humanCapital: 40 },
    ties: { russia: 40, china: 45, eu: 20, usa: 15, japan: 25, 'south-korea': 15 },
    exposure: { china: 58, russia: 20, eu: 10, usa: 3, japan: 4, 'south-korea': 3, italy: 2 },
  },
  UZB: {
    indicators: { prosperity: 50, security: 50, connectivity: 45, humanCapital: 50 },
    ties: { russia: 55, china: 45, eu: 30, usa: 25, japan: 35, 'south-korea': 35 },
    exposure: { russia: 34, china: 30, eu: 14, usa: 5, japan: 6, 'south-korea': 8, italy: 3 },
  },
};
