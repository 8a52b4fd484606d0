import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'schema/**/*.test.ts',
      'scripts/**/*.test.ts',
      'examples.test.ts',
    ],
  },
});
