/**
 * The setup screen: scenario (with its years and a briefing from its
 * dataset events), the state to play, the other four states' strategies and
 * the seed. The choice is mirrored in the URL so it can be shared.
 */
import { getState, STATE_IDS } from '@c5plus/core';
import { type Scenario, type StateId, scenarios, strategies } from '@c5plus/sim';
import { app, startNew } from '../app';
import { readLibrary } from '../classroom';
import { classroomContext } from '../classroom/wiring';
import { el } from '../dom';
import {
  capitalName,
  citationView,
  eventTitle,
  language,
  phasesDuring,
  scenarioTexts,
  stateName,
  stateProfile,
  strategyName,
  t,
} from '../i18n';
import { isSeed, randomSeed, writeParams } from '../params';
import { showScreen } from './screens';

/** The seed shown, kept across re-renders (a language change keeps it). */
let seed: string | undefined;

export function renderSetup(root: HTMLElement): void {
  const request = app.request;
  seed ??= request.seed ?? randomSeed();
  let scenario: Scenario = request.scenario;
  let state: StateId = request.state;
  const ai: Record<StateId, string> = { ...request.ai };

  const updateUrl = () => {
    const query = writeParams({ scenario, seed: seed as string, state, ai, lang: language() });
    history.replaceState(null, '', query);
    share.value = location.href;
    app.request = { ...app.request, scenario, seed, state, ai: { ...ai } };
  };

  root.append(el('h1', {}, t('setup.heading')));
  if (app.paramErrors.length > 0) {
    const list = el('ul', {});
    for (const e of app.paramErrors) list.append(el('li', {}, `${e.param}: ${e.message}`));
    root.append(
      el(
        'div',
        { role: 'alert', class: 'error', 'data-testid': 'errors' },
        el('p', {}, t('setup.paramErrors')),
        list,
      ),
    );
  }

  // Scenario
  const scenarioSelect = el('select', { id: 'scenario', 'data-testid': 'scenario' });
  // The built-in scenarios, the teacher's imported ones, and one opened from a link.
  const choices = [...scenarios, ...readLibrary(classroomContext.store).scenarios];
  if (!choices.some((c) => c.id === scenario.id)) choices.push(scenario);
  for (const s of choices) {
    const title = scenarioTexts(s).title;
    // Most titles already end with their years; add them only to those that do not.
    const years = t('common.years', { start: s.startYear, end: s.endYear });
    const label = title.text.includes(years) ? title.text : `${title.text} (${years})`;
    const option = el('option', { value: s.id, lang: title.language }, label);
    option.selected = s.id === scenario.id;
    scenarioSelect.append(option);
  }
  const briefing = el('div', { class: 'briefing', 'aria-live': 'polite' });
  const renderBriefing = () => {
    const events = el('ul', {});
    for (const e of scenario.scripted) {
      const cite = e.citation ? citationView(e.citation) : undefined;
      events.append(
        el(
          'li',
          {},
          el('strong', {}, `${cite?.date ?? e.year}: `),
          eventTitle(e.citation, e.title),
        ),
      );
    }
    const summary = scenarioTexts(scenario).summary;
    briefing.replaceChildren(
      el('h3', {}, t('setup.briefing')),
      el('p', { lang: summary.language }, summary.text),
    );
    if (scenario.scripted.length > 0)
      briefing.append(el('h4', {}, t('setup.briefingEvents')), events);
    const phases = phasesDuring(scenario.startYear, scenario.endYear);
    if (phases.length > 0)
      briefing.append(
        el('h4', {}, t('setup.briefingPhases')),
        el(
          'ul',
          { class: 'phases', 'data-testid': 'briefing-phases' },
          ...phases.map((p) => el('li', {}, el('strong', {}, t('setup.phase', p)), ' ', p.summary)),
        ),
      );
  };
  scenarioSelect.addEventListener('change', () => {
    scenario = choices.find((c) => c.id === scenarioSelect.value) as Scenario;
    renderBriefing();
    updateUrl();
  });
  renderBriefing();

  // State
  const states = el('fieldset', { class: 'states' }, el('legend', {}, t('setup.state')));
  const others = el('fieldset', { class: 'others' }, el('legend', {}, t('setup.others')));
  const renderOthers = () => {
    others.replaceChildren(el('legend', {}, t('setup.others')));
    for (const id of STATE_IDS) {
      if (id === state) continue;
      const select = el('select', { id: `ai-${id}`, 'data-testid': `ai-${id}` });
      const description = el('p', { class: 'help', id: `ai-${id}-help` });
      for (const sid of Object.keys(strategies)) {
        const option = el('option', { value: sid }, strategyName(sid));
        option.selected = sid === ai[id];
        select.append(option);
      }
      select.setAttribute('aria-describedby', `ai-${id}-help`);
      const describe = () => {
        description.textContent = t(`strategy.${select.value}.description`);
      };
      describe();
      select.addEventListener('change', () => {
        ai[id] = select.value;
        describe();
        updateUrl();
      });
      others.append(
        el(
          'div',
          { class: 'field' },
          el('label', { for: `ai-${id}` }, t('setup.strategyFor', { state: stateName(id) })),
          ' ',
          select,
          description,
        ),
      );
    }
  };
  for (const id of STATE_IDS) {
    const radio = el('input', {
      type: 'radio',
      name: 'state',
      id: `state-${id}`,
      value: id,
      'data-testid': `state-${id}`,
      'aria-describedby': `profile-${id}`,
    });
    radio.checked = id === state;
    radio.addEventListener('change', () => {
      if (!radio.checked) return;
      state = id;
      renderOthers();
      updateUrl();
    });
    const neutral = getState(id)?.neutral;
    states.append(
      el(
        'div',
        { class: 'choice' },
        radio,
        ' ',
        el(
          'label',
          { for: `state-${id}` },
          el('strong', {}, stateName(id)),
          ` — ${t('setup.capital', { capital: capitalName(id) })}`,
        ),
        neutral ? el('p', { class: 'help note' }, t('setup.neutral')) : null,
        el(
          'p',
          { class: 'help', id: `profile-${id}`, 'data-testid': `profile-${id}` },
          stateProfile(id),
        ),
      ),
    );
  }
  renderOthers();

  // Seed
  const seedInput = el('input', {
    id: 'seed',
    type: 'text',
    value: seed,
    'aria-describedby': 'seed-help seed-error',
    maxlength: '64',
    spellcheck: 'false',
    autocomplete: 'off',
    'data-testid': 'seed',
  });
  const seedError = el('p', { id: 'seed-error', class: 'error', role: 'alert' });
  const reroll = el('button', { type: 'button' }, t('setup.randomSeed'));
  const start = el(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'start' },
    t('setup.start'),
  );
  const checkSeed = () => {
    const ok = isSeed(seedInput.value);
    seedError.textContent = ok ? '' : t('setup.badSeed');
    seedInput.setAttribute('aria-invalid', String(!ok));
    start.disabled = !ok;
    if (ok) {
      seed = seedInput.value;
      updateUrl();
    }
  };
  seedInput.addEventListener('input', checkSeed);
  reroll.addEventListener('click', () => {
    seedInput.value = randomSeed();
    checkSeed();
  });
  const share = el('input', { id: 'share', type: 'text', readonly: true, 'data-testid': 'share' });

  start.addEventListener('click', () => {
    const controllers = { ...ai, [state]: 'human' } as Record<StateId, string>;
    startNew({ scenario, seed: seed as string, player: state, controllers });
    showScreen('planning');
  });
  const back = el('button', { type: 'button' }, t('common.back'));
  back.addEventListener('click', () => showScreen('title'));

  root.append(
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'scenario' }, t('setup.scenario')),
      ' ',
      scenarioSelect,
    ),
    briefing,
    states,
    others,
    el(
      'div',
      { class: 'field' },
      el('label', { for: 'seed' }, t('setup.seed')),
      ' ',
      seedInput,
      ' ',
      reroll,
      el('p', { class: 'help', id: 'seed-help' }, t('setup.seedHelp')),
      seedError,
    ),
    el('div', { class: 'field' }, el('label', { for: 'share' }, t('setup.share')), ' ', share),
    el('div', { class: 'actions' }, back, start),
  );
  updateUrl();
}
