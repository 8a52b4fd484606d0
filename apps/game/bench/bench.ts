/**
 * `npm run bench -w apps/game`: the game's figures, measured on the built
 * `dist/` in headless Chromium —
 * - the JS bundle, raw and gzip, and Phaser's share of it; the data the game
 *   fetches as JSON (the dataset, the map) beside it, and the two together;
 * - the time to the first interactive frame (the setup screen ready and a
 *   frame painted), against a bare Phaser page built in the same run: the ratio;
 * - the longest frame while a turn resolves and its result is shown, and
 *   while the last turn leads to the debrief and its paths are charted.
 */
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { launchBrowser } from '../e2e/support/browser';
import { serveStatic } from '../e2e/support/static-server';
import { longestDebriefFrame, longestTurnFrame } from './frames';

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
// The dataset and the map are data, fetched as JSON (build-plugins/fetched-data.ts): not script, but downloaded all the same.
let dataGz = 0;
for (const name of (await readdir(assets)).filter((n) => n.endsWith('.json'))) {
  const bytes = await readFile(join(assets, name));
  const g = gzipSync(bytes).length;
  dataGz += g;
  console.log(`  data (JSON): ${name} ${kb(bytes.length)} raw, ${kb(g)} gzip`);
}
console.log(
  `  game code and data together: ${((gz - phaserGz + dataGz) / 1000).toFixed(1)} kB gzip over Phaser`,
);

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

const longest: number[] = [];
const longestLookahead: number[] = [];
const debrief: number[] = [];
// The four other states on the default strategy, then on `lookahead`, the sim's most costly one.
const lookahead = 'KGZ:lookahead,TJK:lookahead,TKM:lookahead,UZB:lookahead';
for (let i = 0; i < RUNS; i++) {
  longest.push(
    await longestTurnFrame(
      browser.context,
      `${game.url}?scenario=launch-2004&seed=bench-${i}&state=KAZ`,
    ),
  );
  longestLookahead.push(
    await longestTurnFrame(
      browser.context,
      `${game.url}?scenario=launch-2004&seed=bench-${i}&state=KAZ&ai=${lookahead}`,
    ),
  );
  debrief.push(
    await longestDebriefFrame(
      browser.context,
      `${game.url}?scenario=launch-2004&seed=bench-${i}&state=KAZ`,
    ),
  );
}
console.log(
  `longest frame during a turn's resolution: ${spread(longest)} over ${RUNS} turns; with lookahead opponents ${spread(longestLookahead)} (target ≤ 50 ms)`,
);
console.log(
  `longest frame opening the debrief (the last year's "end the year" until every path is charted): ${spread(debrief)} over ${RUNS} games`,
);
await browser.close();
await game.close();
await bare.close();
