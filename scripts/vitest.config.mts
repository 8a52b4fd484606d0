import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The repository-level scripts and the checks over docs/.
export default defineConfig({
  root: fileURLToPath(new URL('..', import.meta.url)),
  test: {
    include: ['scripts/**/*.test.ts'],
    testTimeout: 60_000,
  },
});
