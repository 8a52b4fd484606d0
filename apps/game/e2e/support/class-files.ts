/** A class's files as students would hand them in: the sim's own test fixture. */
export {
  fileText,
  type Student,
  studentReplay,
  tampered,
} from '../../../../packages/sim/src/orchestration/class-files.fixture';
