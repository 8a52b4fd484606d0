/**
 * The teacher's scenario screens: import a file (each problem listed with its
 * field path), the library of imported scenarios with play, hot-seat, share
 * link and remove, and the screen a shared link opens on.
 */
import type { Scenario } from '@c5plus/sim';
import { type ClassroomContext, scenarioText } from './context';
import { button, el, field, mount, problemList } from './elements';
import { showHotSeatSetup } from './hot-seat-screens';
import { importErrorMessage, linkErrorMessage } from './messages';
import { importScenario, readLibrary, removeScenario } from './scenario-library';
import { decodeScenarioLink, encodeScenarioLink } from './scenario-link';
import { CLASSROOM_NS } from './strings';

function translate(context: ClassroomContext) {
  return (key: string, options: Record<string, unknown> = {}) =>
    context.t(key, { ns: CLASSROOM_NS, ...options });
}

/** The page address with a hash that carries `hash`. */
function linkAddress(hash: string): string {
  const { origin, pathname, search } = window.location;
  return `${origin}${pathname}${search}${hash}`;
}

function scenarioActions(host: HTMLElement, context: ClassroomContext, scenario: Scenario) {
  const t = translate(context);
  const vars = { title: scenarioText(context, scenario, 'title') };
  return [
    button(t('importer.play', vars), () => context.playScenario(scenario)),
    button(t('importer.hotSeat', vars), () => showHotSeatSetup(host, context, { scenario })),
  ];
}

function libraryList(host: HTMLElement, context: ClassroomContext): HTMLElement {
  const t = translate(context);
  const library = readLibrary(context.store);
  const notice = library.problem
    ? el('p', { role: 'alert' }, t('importer.libraryKeptAside', { key: library.problem.keptAs }))
    : null;
  if (library.scenarios.length === 0)
    return el('div', {}, notice, el('p', {}, t('importer.libraryEmpty')));
  return el(
    'div',
    {},
    notice,
    el(
      'ul',
      { class: 'c5-library', 'data-testid': 'library' },
      ...library.scenarios.map((scenario) => {
        const vars = { title: scenarioText(context, scenario, 'title') };
        const linkBox = el('div', { 'aria-live': 'polite' });
        const share = button(t('importer.share', vars), async () => {
          const encoded = await encodeScenarioLink(scenario);
          if (!encoded.ok) {
            linkBox.replaceChildren(el('p', {}, t('importer.linkTooLong', encoded.error)));
            return;
          }
          const input = el('input', {
            type: 'text',
            readonly: true,
            value: linkAddress(encoded.hash),
            'data-testid': 'share-link',
          });
          linkBox.replaceChildren(
            field(t('importer.linkLabel', vars), input, `c5-link-${scenario.id}`),
          );
          input.focus();
          input.select();
        });
        const remove = button(t('importer.remove', vars), () => {
          removeScenario(context.store, scenario.id);
          showScenarioImport(host, context);
        });
        return el(
          'li',
          { 'data-scenario': scenario.id },
          el(
            'p',
            {},
            el('strong', {}, scenarioText(context, scenario, 'title')),
            ` (${scenario.id}, ${scenario.startYear}–${scenario.endYear})`,
          ),
          el(
            'div',
            { class: 'c5-actions' },
            ...scenarioActions(host, context, scenario),
            share,
            remove,
          ),
          linkBox,
        );
      }),
    ),
  );
}

/** The import screen, with the library under it. */
export function showScenarioImport(host: HTMLElement, context: ClassroomContext): void {
  const t = translate(context);
  const input = el('input', { type: 'file', accept: '.json,application/json' });
  const outcome = el('div', { 'data-testid': 'import-outcome' });
  const library = el('div');
  const refreshLibrary = () => library.replaceChildren(libraryList(host, context));
  input.addEventListener('change', async () => {
    const file = input.files?.[0];
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      outcome.replaceChildren(el('p', { role: 'alert' }, t('importer.readFailed')));
      return;
    }
    const result = importScenario(context.store, text);
    if (result.ok) {
      const vars = {
        title: scenarioText(context, result.scenario, 'title'),
        id: result.scenario.id,
      };
      outcome.replaceChildren(
        el(
          'p',
          { role: 'status', 'data-testid': 'import-success' },
          t(result.replaced ? 'importer.replaced' : 'importer.imported', vars),
        ),
      );
    } else {
      const message = importErrorMessage(context.t, result.error);
      outcome.replaceChildren(problemList(message.text, message.problems, 'import-problems'));
    }
    input.value = '';
    refreshLibrary();
  });
  refreshLibrary();
  mount(
    host,
    el(
      'section',
      { class: 'c5-screen', 'data-testid': 'scenario-import' },
      el('h2', {}, t('importer.heading')),
      el('p', {}, t('importer.intro')),
      field(t('importer.file'), input, 'c5-scenario-file'),
      outcome,
      el('h3', {}, t('importer.libraryHeading')),
      library,
      el(
        'div',
        { class: 'c5-actions' },
        button(t('title.back'), () => context.toTitle()),
      ),
    ),
  );
}

/** The screen a link with `#scenario=…` opens on. */
export async function showScenarioLink(
  host: HTMLElement,
  context: ClassroomContext,
  hash: string,
): Promise<void> {
  const t = translate(context);
  const result = await decodeScenarioLink(hash);
  const back = button(t('title.back'), () => context.toTitle());
  if (!result.ok) {
    const message = linkErrorMessage(context.t, result.error);
    mount(
      host,
      el(
        'section',
        { class: 'c5-screen', 'data-testid': 'scenario-link' },
        el('h2', {}, t('importer.heading')),
        problemList(message.text, message.problems, 'link-problems'),
        el('div', { class: 'c5-actions' }, back),
      ),
    );
    return;
  }
  const { scenario } = result;
  const outcome = el('div');
  const keep = button(t('importer.keepFromLink'), () => {
    const kept = importScenario(context.store, JSON.stringify(scenario));
    if (kept.ok)
      outcome.replaceChildren(
        el(
          'p',
          { role: 'status', 'data-testid': 'import-success' },
          t(kept.replaced ? 'importer.replaced' : 'importer.imported', {
            title: scenarioText(context, scenario, 'title'),
            id: scenario.id,
          }),
        ),
      );
    else {
      const message = importErrorMessage(context.t, kept.error);
      outcome.replaceChildren(problemList(message.text, message.problems, 'import-problems'));
    }
  });
  mount(
    host,
    el(
      'section',
      { class: 'c5-screen', 'data-testid': 'scenario-link' },
      el('h2', {}, t('importer.fromLink', { title: scenarioText(context, scenario, 'title') })),
      el('p', {}, scenarioText(context, scenario, 'summary')),
      el('div', { class: 'c5-actions' }, keep, ...scenarioActions(host, context, scenario), back),
      outcome,
    ),
  );
}
