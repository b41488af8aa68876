import { defineConfig } from 'vitest/config';

// The Firefox end-to-end tests: Firefox ESR driven over WebDriver BiDi (scripts/launch-firefox.ts).
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
