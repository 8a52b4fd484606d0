/**
 * The classroom's named errors, phrased through i18next. Each function gives
 * a headline and, where the error has them, the problems with their field
 * paths, so that a screen lists them one per line. The problems' reasons are
 * the sim's own validation messages.
 */
import type { i18n } from 'i18next';
import type { Translate } from './context';
import type { HotSeatSetupError } from './hot-seat';
import { problemReason, problemStrings, type ReportedProblem } from './problem-reasons';
import type { InvalidReplay } from './replay-review';
import type { ImportError } from './scenario-library';
import type { LinkError } from './scenario-link';
import { CLASSROOM_NS, classroomStrings } from './strings';

/** A message for a screen: a headline and the problems under it. */
export interface Message {
  readonly text: string;
  readonly problems: readonly { readonly path: string; readonly reason: string }[];
}

/** Adds the classroom namespace to an i18next instance, in every language it has. */
export function registerClassroomStrings(instance: i18n): void {
  for (const [language, strings] of Object.entries(classroomStrings))
    instance.addResourceBundle(language, CLASSROOM_NS, strings, true, false);
  for (const [language, strings] of Object.entries(problemStrings))
    instance.addResourceBundle(language, CLASSROOM_NS, strings, true, false);
}

/** Problems by path, each reason in the page's language where the sim names its kind. */
function listed(t: Translate, problems: readonly (ReportedProblem & { path: string })[]) {
  return problems.map((p) => ({
    path: p.path === '' ? t('importer.wholeFile', { ns: CLASSROOM_NS }) : p.path,
    reason: problemReason(t, p),
  }));
}

/** An import error, phrased. */
export function importErrorMessage(t: Translate, error: ImportError): Message {
  const ns = CLASSROOM_NS;
  switch (error.code) {
    case 'too-large':
      return {
        text: t('importer.tooLarge', { ns, size: error.size, limit: error.limit }),
        problems: [],
      };
    case 'invalid-scenario':
      return {
        text: t('importer.problems', { ns, count: error.problems.length }),
        problems: listed(t, error.problems),
      };
    case 'built-in-id':
      return { text: t('importer.builtInId', { ns, id: error.id }), problems: [] };
    case 'storage-refused':
      return { text: t('importer.storageRefused', { ns, reason: error.reason }), problems: [] };
    default: {
      const unknown: never = error;
      throw new Error(`Unknown import error ${JSON.stringify(unknown)}`);
    }
  }
}

/** A bad link, phrased. */
export function linkErrorMessage(t: Translate, error: LinkError): Message {
  const ns = CLASSROOM_NS;
  if (error.code === 'invalid-scenario')
    return { text: t('link.invalid-scenario', { ns }), problems: listed(t, error.problems) };
  return { text: t(`link.${error.code}`, { ns, ...error }), problems: [] };
}

/** An invalid replay file, phrased. */
export function replayErrorMessage(t: Translate, error: InvalidReplay): Message {
  const ns = CLASSROOM_NS;
  switch (error.code) {
    case 'not-a-replay':
    case 'invalid-scenario':
      return { text: t(`review.error.${error.code}`, { ns }), problems: listed(t, error.problems) };
    case 'refused':
      return {
        text: t('review.error.refused', { ns, turn: error.turn + 1, reason: error.reason }),
        problems: [],
      };
    default:
      return { text: t(`review.error.${error.code}`, { ns, ...error }), problems: [] };
  }
}

/**
 * A hot-seat setup error, phrased; `stateName` gives a state's name in the
 * page's language (from the dataset).
 */
export function setupErrorMessage(
  t: Translate,
  error: HotSeatSetupError,
  stateName: (id: string) => string,
): string {
  const ns = CLASSROOM_NS;
  const number = 'player' in error ? error.player + 1 : undefined;
  const state = 'state' in error ? stateName(error.state) : undefined;
  return t(`hotSeat.error.${error.code}`, { ns, ...error, number, state });
}
