/**
 * `npm run bench -w apps/game`: the game's figures, measured on the built
 * `dist/` in headless Chromium —
 * - the JS bundle, raw and gzip, and Phaser's share of it;
 * - the time to the first interactive frame (the setup screen ready and a
 *   frame painted), against a bare Phaser page built in the same run: the ratio;
 * - the longest frame while a turn resolves and its result is shown.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchBrowser } from '../e2e/support/browser';
import { serveStatic } from '../e2e/support/static-server';

const here = dirname(fileURLToPath(import.meta.url));
const dist = join(here, '..', 'dist');
const RUNS = 5;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
/** "median (min–max)" of a set of runs, in ms. */
const spread = (xs: number[]) =>
  `${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;

const assets = join(dist, 'assets');
let raw = 0;
let gz = 0;
let phaserRaw = 0;
let phaserGz = 0;
// Every chunk counts, the sim's worker and the chunk it shares with the page included.
const chunks: string[] = [];
for (const name of (await readdir(assets)).filter((n) => n.endsWith('.js'))) {
  const bytes = await readFile(join(assets, name));
  const g = gzipSync(bytes).length;
  raw += bytes.length;
  gz += g;
  chunks.push(`${name} ${kb(g)}`);
  if (name.startsWith('phaser-')) {
    phaserRaw += bytes.length;
    phaserGz += g;
  }
}
console.log(
  `bundle JS: ${kb(raw)} raw, ${kb(gz)} gzip; Phaser ${kb(phaserRaw)} raw, ${kb(phaserGz)} gzip (${((phaserGz / gz) * 100).toFixed(0)}% of gzip); game code ${kb(gz - phaserGz)} = ${((gz - phaserGz) / 1000).toFixed(1)} kB gzip (target ≤ 150 kB over Phaser)`,
);
console.log(`  chunks (gzip): ${chunks.join(', ')}`);

const bareOut = await mkdtemp(join(tmpdir(), 'c5-bare-'));
await build({
  root: join(here, 'bare'),
  configFile: false,
  logLevel: 'silent',
  build: { outDir: bareOut, emptyOutDir: true, chunkSizeWarningLimit: 5000 },
});

const game = await serveStatic(dist);
const bare = await serveStatic(bareOut);
const browser = await launchBrowser();

async function firstFrame(url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForSelector('body[data-ready=true]');
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => done(null))));
  const ms = await page.evaluate(() => performance.now());
  await page.close();
  return ms;
}

const gameTimes: number[] = [];
const bareTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  bareTimes.push(await firstFrame(bare.url));
  gameTimes.push(await firstFrame(`${game.url}?scenario=launch-2004&seed=bench&state=KAZ`));
}
const g = median(gameTimes);
const b = median(bareTimes);
console.log(
  `first interactive frame: game ${spread(gameTimes)}, bare Phaser ${spread(bareTimes)} (median (min–max) of ${RUNS}); ratio of medians ${(g / b).toFixed(2)} (target ≤ 1.5)`,
);

/** The longest frame from "end the year" until the result has been shown for a while. */
async function longestTurnFrame(url: string): Promise<number> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(url);
  await page.getByTestId('start').click();
  await page.waitForFunction(() => window.__c5plus?.map()?.drawn === true);
  await page.waitForTimeout(600);
  // A string, not a function: the bundler's helpers must not leak into the page.
  await page.evaluate(`
    window.__frames = [];
    let last = performance.now();
    const tick = (now) => {
      window.__frames.push(now - last);
      last = now;
      if (window.__frames.length < 2000) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  `);
  await page.getByTestId('submit').click();
  await page.waitForSelector('body[data-screen=result]');
  await page.waitForTimeout(800);
  const ms = await page.evaluate(() =>
    Math.max(...(window as unknown as { __frames: number[] }).__frames),
  );
  await page.close();
  return ms;
}

const longest: number[] = [];
const longestLookahead: number[] = [];
// The four other states on the default strategy, then on `lookahead`, the sim's most costly one.
const lookahead = 'KGZ:lookahead,TJK:lookahead,TKM:lookahead,UZB:lookahead';
for (let i = 0; i < RUNS; i++) {
  longest.push(
    await longestTurnFrame(`${game.url}?scenario=launch-2004&seed=bench-${i}&state=KAZ`),
  );
  longestLookahead.push(
    await longestTurnFrame(
      `${game.url}?scenario=launch-2004&seed=bench-${i}&state=KAZ&ai=${lookahead}`,
    ),
  );
}
console.log(
  `longest frame during a turn's resolution: ${spread(longest)} over ${RUNS} turns; with lookahead opponents ${spread(longestLookahead)} (target ≤ 50 ms)`,
);
await browser.close();
await game.close();
await bare.close();
