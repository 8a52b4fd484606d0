/**
 * The page's first script. It loads the game (`main.ts`) and, when that fails
 * (a script or the game's data that does not arrive, say), says why in words
 * instead of leaving a blank page. Its one message is read from the string
 * tables directly: the localization layer may be what failed to load.
 */
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-700.css';
// The page's styles come with its first script, so a failed start is styled too.
import './style.css';
import { DATA_LOAD_ERROR } from '../build-plugins/data-load-error';
import { en } from './i18n/en';
import { ru } from './i18n/ru';
import { isLanguage, type Language, readSettings } from './storage/settings';

function pageLanguage(): Language {
  const asked = new URLSearchParams(location.search).get('lang');
  if (isLanguage(asked)) return asked;
  try {
    return readSettings().language;
  } catch {
    return 'en'; // storage blocked outright
  }
}

function showStartFailure(error: unknown): void {
  const language = pageLanguage();
  const strings = (language === 'ru' ? ru : en).boot;
  // The data's fetch (build-plugins/fetched-data.ts) names its failure; anything else is told as it came.
  const message =
    error instanceof Error && error.name === DATA_LOAD_ERROR
      ? strings.data
      : error instanceof Error
        ? error.message
        : String(error);
  const heading = document.createElement('h1');
  heading.textContent = strings.heading;
  const text = document.createElement('p');
  text.setAttribute('role', 'alert');
  text.setAttribute('data-testid', 'start-failure');
  text.textContent = strings.failed.replace('{{message}}', message);
  document.documentElement.lang = language;
  document.getElementById('screen')?.replaceChildren(heading, text);
  document.body.dataset.screen = 'start-failure';
  console.error(error);
}

import('./main').catch(showStartFailure);
