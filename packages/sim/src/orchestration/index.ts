/**
 * The orchestration around the kernel: creating, stepping, advising, playing
 * out, saving, replaying, summarizing and batching games, loading scenario
 * files, and the seed rule. It is the top layer inside `src/`; the CLI and the
 * node runner (outside `src/`) use it only through this file or the package's
 * public entry.
 */
export { type Advice, advise } from './advise';
export {
  type BatchOptions,
  type BatchSummary,
  batchSeeds,
  type RunResult,
  runBatch,
  runOne,
  summarizeBatch,
} from './batch';
export {
  type ClassCheck,
  type ClassComparison,
  type ClassFigure,
  type ClassFile,
  type ClassProblem,
  type ClassRow,
  type ComparedRow,
  type CostOfBalance,
  classRows,
  classRowsOf,
  compareClass,
  figure,
  isFlagged,
  labelOfName,
  objectivesMet,
  type ScenarioComparison,
  trusted,
} from './class-results';
export {
  describeCause,
  describeEffect,
  describeMeeting,
  describeObjectiveValue,
  describeReason,
  describeTarget,
} from './describe';
export { createGame, type GameOptions, resolveControllers, SCHEMA_VERSION } from './game';
export { hashState, hashValue } from './hash';
export {
  type DiversifiedFinding,
  type LargestShare,
  type LessonFinding,
  type LessonVerdict,
  lessonFindings,
  type PracticalFinding,
  type TogetherFinding,
} from './lessons';
export { type LoadResult, loadScenario, type ScenarioProblem } from './load-scenario';
export { playOut, playOutPlain } from './play';
export {
  type PressureEpisode,
  type PressureWait,
  pressureEpisodes,
  pressureWaits,
} from './pressure-episode';
export { formatPath, InputFileError, type Problem } from './problems';
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
} from './replay';
export { gameStateSchema } from './save-schema';
export {
  parseSeed,
  parseSeedBase,
  SEED_BASE_MAX_LENGTH,
  SEED_MAX_LENGTH,
  SEED_RULE,
  type SeedResult,
} from './seed';
export { deserialize, SAVE_FORMAT, SaveError, serialize } from './serialize';
export { type Summary, summarize } from './stats';
export { controllerStrategy, type StepResult, step } from './step';
export {
  csvField,
  type GameSummary,
  parseSummary,
  round2,
  SUMMARY_DECIMALS,
  SUMMARY_FIGURES,
  SUMMARY_FORMAT,
  summariesToCsv,
  summarizeGame,
} from './summary';
