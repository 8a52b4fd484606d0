import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { devStyles } from './build-plugins/dev-styles.ts';
import { fetchedData } from './build-plugins/fetched-data.ts';
import { preloadStart } from './build-plugins/preload-start.ts';
import { workerChunk } from './build-plugins/worker-chunk.ts';

const core = (path: string) =>
  fileURLToPath(new URL(`../../packages/core/${path}`, import.meta.url));

export default defineConfig({
  build: {
    target: 'es2022',
    // Phaser alone is ~1.3 MB minified: it gets its own chunk, cached apart from the game.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: { codeSplitting: { groups: [{ name: 'phaser', test: /node_modules[\\/]phaser/ }] } },
    },
  },
  plugins: [
    devStyles(),
    // The dataset and the map are fetched as JSON, not bundled as code (see build-plugins/fetched-data.ts).
    fetchedData({
      coreEntry: core('src/index.ts'),
      dataModule: core('src/data/index.ts'),
      datasetFile: core('dist/dataset.json'),
      json: [fileURLToPath(new URL('./src/map/region.json', import.meta.url))],
    }),
    // The sim's worker shares the sim's chunk with the page (see build-plugins/worker-chunk.ts).
    workerChunk({
      id: 'virtual:sim-worker-url',
      entry: fileURLToPath(new URL('./src/session/sim.worker.ts', import.meta.url)),
      name: 'sim-worker',
    }),
    // The game's chunks load beside the first script, not after it (see build-plugins/preload-start.ts).
    preloadStart({ entry: fileURLToPath(new URL('./src/main.ts', import.meta.url)) }),
    VitePWA({
      // A script tag, not inline code, keeps the strict CSP.
      injectRegister: 'script',
      registerType: 'autoUpdate',
      workbox: {
        clientsClaim: true,
        skipWaiting: true,
        globPatterns: ['**/*.{js,css,html,json,woff2,png,svg,webmanifest}'],
        maximumFileSizeToCacheInBytes: 3 * 1024 * 1024,
      },
      manifest: {
        name: 'C5+ — Central Asia plus One',
        short_name: 'C5+',
        lang: 'en',
        start_url: '.',
        display: 'standalone',
        background_color: '#f6f4ee',
        theme_color: '#1f5fa8',
        icons: [],
      },
    }),
  ],
});
