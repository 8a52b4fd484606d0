/**
 * `@c5plus/sim`: a deterministic, seeded model of the five Central Asian states
 * balancing their partner engagements, as a headless library. No DOM, no
 * Phaser, no clock: all chance comes from one seeded generator inside the state.
 *
 * @packageDocumentation
 */

export { plainCopy, resolveTurnInPlace } from './kernel/plain';
export { autonomyOf, herfindahl } from './kernel/rules/autonomy';
export {
  INDICATORS,
  type ObjectiveResult,
  type Scorecard,
  type StateScore,
  scorecard,
  standing,
  welfare,
} from './kernel/scorecard';
export {
  type LegalActions,
  legalActions,
  type PlanError,
  type PlanErrorCode,
  planCost,
  validatePlan,
} from './kernel/validate';
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
export { type Advice, advise } from './orchestration/advise';
export {
  type BatchOptions,
  type BatchSummary,
  batchSeeds,
  type RunResult,
  runBatch,
  runOne,
  summarizeBatch,
} from './orchestration/batch';
// The class results reading: every export of the module is public.
export * from './orchestration/class-results';
export {
  describeCause,
  describeEffect,
  describeMeeting,
  describeObjectiveValue,
  describeReason,
  describeTarget,
} from './orchestration/describe';
export {
  createGame,
  type GameOptions,
  resolveControllers,
  SCHEMA_VERSION,
} from './orchestration/game';
export { hashState, hashValue } from './orchestration/hash';
export {
  type DiversifiedFinding,
  type LargestShare,
  type LessonFinding,
  type LessonVerdict,
  lessonFindings,
  type PracticalFinding,
  type TogetherFinding,
} from './orchestration/lessons';
export {
  type LoadResult,
  loadScenario,
  type ScenarioProblem,
} from './orchestration/load-scenario';
export { playOut, playOutPlain } from './orchestration/play';
export {
  type PressureEpisode,
  type PressureWait,
  pressureEpisodes,
  pressureWaits,
} from './orchestration/pressure-episode';
export { formatPath, type Problem } from './orchestration/problems';
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
} from './orchestration/replay';
export {
  controllerSchema,
  EXPOSURE_SUM_TOLERANCE,
  gameShape,
  gameStateSchema,
  logEntrySchema,
  partnerModelSchema,
  rngStateSchema,
  stateModelSchema,
} from './orchestration/save-schema';
export {
  parseSeed,
  parseSeedBase,
  SEED_BASE_MAX_LENGTH,
  SEED_MAX_LENGTH,
  SEED_RULE,
  type SeedResult,
} from './orchestration/seed';
export {
  deserialize,
  MIGRATIONS,
  type Migration,
  SAVE_FORMAT,
  SaveError,
  serialize,
} from './orchestration/serialize';
export { quantile, type Summary, summarize } from './orchestration/stats';
export { type StepResult, step } from './orchestration/step';
export {
  type GameSummary,
  parseSummary,
  type StateSummary,
  SUMMARY_DECIMALS,
  SUMMARY_FIGURES,
  SUMMARY_FORMAT,
  summariesToCsv,
  summarizeGame,
} from './orchestration/summary';
export {
  DEFAULT_SCENARIO_ID,
  getScenario,
  type LocalizedScenario,
  localizeScenario,
  type ProblemKind,
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
