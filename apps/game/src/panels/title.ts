/** The title screen: language, new game, continue, load a replay, about. */
import { type Replay, verifyReplay } from '@c5plus/sim';
import { app, play } from '../app';
import { classroomTitleEntries } from '../classroom';
import { classroomContext } from '../classroom/wiring';
import { download, el } from '../dom';
import { language, setLanguage, t } from '../i18n';
import { Session } from '../session/session';
import { LANGUAGES, type Language, writeSettings } from '../storage/settings';
import { refreshScreen, showScreen } from './screens';

const LANGUAGE_NAMES: Record<Language, string> = { en: 'English', ru: 'Русский' };

export function languagePicker(): HTMLElement {
  const select = el('select', { id: 'language', 'data-testid': 'language' });
  for (const lang of LANGUAGES) {
    const option = el('option', { value: lang, lang }, LANGUAGE_NAMES[lang]);
    option.selected = lang === language();
    select.append(option);
  }
  select.addEventListener('change', async () => {
    const lang = select.value as Language;
    await setLanguage(lang);
    writeSettings({ language: lang });
    refreshScreen();
    document.getElementById('language')?.focus();
  });
  return el(
    'p',
    { class: 'field' },
    el('label', { for: 'language' }, t('title.language')),
    ' ',
    select,
  );
}

export function renderTitle(root: HTMLElement): void {
  const broken = app.broken;
  const actions = el('div', { class: 'actions' });
  const newGame = el(
    'button',
    { type: 'button', class: 'primary', 'data-testid': 'new-game' },
    t('title.newGame'),
  );
  newGame.addEventListener('click', () => showScreen('setup'));
  actions.append(newGame);
  const saved = app.saved;
  if (saved) {
    const resume = el(
      'button',
      { type: 'button', 'data-testid': 'continue' },
      t('title.continue', { scenario: saved.scenario.title, year: saved.year }),
    );
    resume.addEventListener('click', () => {
      play(Session.resume(saved, app.runner));
      showScreen(saved.finished ? 'debrief' : 'planning');
    });
    actions.append(resume);
  }
  actions.append(...classroomTitleEntries(classroomContext, showScreen));
  const file = el('input', {
    type: 'file',
    id: 'replay-file',
    accept: '.json,application/json',
    'data-testid': 'replay-file',
  });
  const fileError = el('p', { role: 'alert', class: 'error', 'data-testid': 'replay-error' });
  file.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    try {
      const parsed = JSON.parse(await chosen.text()) as Replay;
      if (parsed?.format !== 'c5plus-replay')
        throw new Error('its "format" is not "c5plus-replay".');
      const { ok, game } = verifyReplay(parsed);
      if (!ok) throw new Error('replaying its plans does not reach its recorded hash.');
      play(Session.resume(game, app.runner));
      showScreen(game.finished ? 'debrief' : 'planning');
    } catch (error) {
      fileError.textContent = t('title.replayError', { message: (error as Error).message });
    }
  });
  const about = el(
    'details',
    { class: 'about' },
    el('summary', {}, t('title.about')),
    el('h2', {}, t('title.aboutTitle')),
    el('p', {}, t('title.aboutTeaches')),
    el('p', {}, t('title.aboutSources')),
    el('p', {}, t('title.aboutLicence')),
  );
  root.append(
    el('h1', {}, t('app.title')),
    el('p', { class: 'tagline' }, t('app.tagline')),
    languagePicker(),
  );
  if (broken) {
    const get = el(
      'button',
      { type: 'button', 'data-testid': 'download-broken' },
      t('title.downloadBroken'),
    );
    get.addEventListener('click', () => download(`${broken.key}.json`, broken.text));
    root.append(
      el(
        'div',
        { role: 'alert', class: 'error', 'data-testid': 'broken-save' },
        el('p', {}, t('title.brokenSave', { message: broken.message, key: broken.key })),
        get,
      ),
    );
  }
  root.append(
    actions,
    el(
      'p',
      { class: 'field' },
      el('label', { for: 'replay-file' }, t('title.loadReplay')),
      ' ',
      file,
    ),
    el('p', { class: 'help' }, t('title.loadReplayHelp')),
    fileError,
    about,
  );
}
