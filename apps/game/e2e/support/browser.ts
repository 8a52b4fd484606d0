/**
 * Debian's Chromium driven by playwright-core (no browser download). The
 * flags keep it from reaching for a network this machine does not have.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';

const EXECUTABLE = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** A browser and how to close it (and remove its profile). */
export interface Browser {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Starts headless Chromium with a fresh profile (deviceScaleFactor 2 reads like a 200% zoom;
 * `serviceWorkers: 'block'` keeps the game's offline cache from answering what a test routes).
 */
export async function launchBrowser(
  options: { deviceScaleFactor?: number; serviceWorkers?: 'allow' | 'block' } = {},
): Promise<Browser> {
  const profile = await mkdtemp(join(tmpdir(), 'c5-chrome-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: EXECUTABLE,
    headless: true,
    viewport: { width: 1280, height: 800 },
    ...(options.deviceScaleFactor ? { deviceScaleFactor: options.deviceScaleFactor } : {}),
    ...(options.serviceWorkers ? { serviceWorkers: options.serviceWorkers } : {}),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  return {
    context,
    close: async () => {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
