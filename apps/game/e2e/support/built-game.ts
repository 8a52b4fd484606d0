/**
 * The set-up every browser test repeats: serve the built game (`dist/`) on a
 * free port and start Chromium before the file's tests, close both after.
 * Call `useBuiltGame()` at the top of a test file; read `url` and `browser`
 * inside the tests.
 */
import { afterAll, beforeAll } from 'vitest';
import { type Browser, launchBrowser } from './browser';
import { DIST } from './play';
import { type StaticServer, serveStatic } from './static-server';

export interface BuiltGame {
  /** The served game's address, ending in `/`. */
  readonly url: string;
  readonly browser: Browser;
}

/** Registers the file's hooks; the getters throw when read before they ran. */
export function useBuiltGame(options: Parameters<typeof launchBrowser>[0] = {}): BuiltGame {
  let server: StaticServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    server = await serveStatic(DIST);
    browser = await launchBrowser(options);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    get url() {
      if (!server) throw new Error('The game is not served yet: read url inside a test');
      return server.url;
    },
    get browser() {
      if (!browser) throw new Error('Chromium is not started yet: read browser inside a test');
      return browser;
    },
  };
}
