/**
 * `@c5plus/sim`: a deterministic, seeded model of the five Central Asian states
 * balancing their partner engagements, as a headless library. No DOM, no
 * Phaser, no clock: all chance comes from one seeded generator inside the state.
 *
 * @packageDocumentation
 */

export { type Advice, advise } from './engine/advise';
export {
  type BatchOptions,
  type BatchSummary,
  batchSeeds,
  type RunResult,
  runBatch,
  runOne,
  summarizeBatch,
} from './engine/batch';
export {
  describeCause,
  describeEffect,
  describeMeeting,
  describeReason,
  describeTarget,
} from './engine/describe';
export { createGame, type GameOptions, resolveControllers, SCHEMA_VERSION } from './engine/game';
export { hashState, hashValue } from './engine/hash';
export { plainCopy, resolveTurnInPlace } from './engine/plain';
export { playOut, playOutPlain } from './engine/play';
export { formatPath, type Problem } from './engine/problems';
export {
  forkAt,
  loadReplay,
  type PlanLog,
  REPLAY_FORMAT,
  REPLAY_VERSION,
  type Replay,
  ReplayError,
  replay,
  replaySchema,
  toReplay,
  verifyReplay,
} from './engine/replay';
export { autonomyOf, herfindahl } from './engine/rules/autonomy';
export {
  controllerSchema,
  EXPOSURE_SUM_TOLERANCE,
  gameShape,
  gameStateSchema,
  logEntrySchema,
  partnerModelSchema,
  rngStateSchema,
  stateModelSchema,
} from './engine/save-schema';
export {
  INDICATORS,
  type ObjectiveResult,
  type Scorecard,
  type StateScore,
  scorecard,
  standing,
  welfare,
} from './engine/scorecard';
export {
  parseSeed,
  parseSeedBase,
  SEED_BASE_MAX_LENGTH,
  SEED_MAX_LENGTH,
  SEED_RULE,
  type SeedResult,
} from './engine/seed';
export {
  deserialize,
  MIGRATIONS,
  type Migration,
  SAVE_FORMAT,
  SaveError,
  serialize,
} from './engine/serialize';
export { quantile, type Summary, summarize } from './engine/stats';
export { type StepResult, step } from './engine/step';
export {
  type GameSummary,
  parseSummary,
  type StateSummary,
  SUMMARY_DECIMALS,
  SUMMARY_FORMAT,
  summariesToCsv,
  summarizeGame,
} from './engine/summary';
export {
  type LegalActions,
  legalActions,
  type PlanError,
  type PlanErrorCode,
  planCost,
  validatePlan,
} from './engine/validate';
export {
  CALIBRATION,
  CALIBRATION_NOTES,
  type CalibrationKey,
  type GainIndicator,
  ISSUE_YIELDS,
  RIVALRY,
} from './model/calibration';
export { MECHANIC_CITATIONS } from './model/citations';
export { ISSUES, isCharged, SECURITY_ALIGNMENT } from './model/issues';
export type * from './model/scenario';
export type * from './model/types';
export {
  DEFAULT_SCENARIO_ID,
  getScenario,
  type LoadResult,
  type LocalizedScenario,
  loadScenario,
  localizeScenario,
  type ScenarioProblem,
  type ScenarioProblemKind,
  scenarioSchema,
  scenarios,
  type TextIn,
} from './scenarios';
export {
  type Decision,
  getStrategy,
  type Reason,
  type ReasonCode,
  type Strategy,
  type StrategyId,
  strategies,
} from './strategies';
export { LOOKAHEAD } from './strategies/lookahead';
