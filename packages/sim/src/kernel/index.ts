/**
 * The turn's kernel: one turn's rules, the turn context and its adjustments,
 * the seeded generator, plan checks, the plain (copying) path and the
 * scorecard. It imports only the model. The layers above (scenarios,
 * strategies, orchestration) use it only through this file, and only these
 * names: the rules' internals stay inside.
 */
export { byIssue, issueAt, ofPartner, ofState, partnerIndex } from './by-key';
export { createContext, deepFreeze } from './context';
export { copyByPartner, copyPartnerModel } from './copy';
export {
  INDICATOR_ORDER,
  indicatorValues,
  partnerRecords,
  partnerValues,
  stateRecords,
} from './fixed-order';
export { ownedCopy, plainCopy, resolveOwnedTurn, resolveTurnInPlace } from './plain';
export {
  type CompletedPlans,
  completePlans,
  decidePlan,
  decisionReasonsWanted,
  strategyRandom,
} from './plans';
export { restoreGenerator, seededGenerator, shuffledIndices } from './rng';
export { autonomyOf, herfindahl } from './rules/autonomy';
export { formatOpen, summitScheduled } from './rules/engagements';
export { nextPressureYear, pressureEventId } from './rules/pressure';
export {
  INDICATORS,
  type ObjectiveResult,
  type Scorecard,
  type StateScore,
  scorecard,
  standing,
  stateScore,
  welfare,
} from './scorecard';
export { runTurn, snapshotOf } from './turn';
export {
  type LegalActions,
  legalActions,
  type PlanError,
  type PlanErrorCode,
  planCost,
  validatePlan,
} from './validate';
