/** The player's settings, remembered under `c5plus.settings.v1`. */
export const SETTINGS_KEY = 'c5plus.settings.v1';

export type Language = 'en' | 'ru';
export const LANGUAGES: readonly Language[] = ['en', 'ru'];

export interface Settings {
  readonly language: Language;
}

export const isLanguage = (value: unknown): value is Language =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The settings; anything unreadable falls back to the defaults (settings hold nothing to lose). */
export function readSettings(storage: Storage = localStorage): Settings {
  try {
    const parsed = JSON.parse(storage.getItem(SETTINGS_KEY) ?? '{}') as { language?: unknown };
    return { language: isLanguage(parsed.language) ? parsed.language : 'en' };
  } catch {
    return { language: 'en' };
  }
}

export function writeSettings(settings: Settings, storage: Storage = localStorage): void {
  try {
    storage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  } catch {
    // Storage may be blocked; the language then lasts for this visit only.
  }
}
