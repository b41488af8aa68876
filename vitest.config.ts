import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    // A limit to end a hung test, not to judge speed: on a busy machine a test may take many times
    // longer than on a quiet one, and must still pass.
    testTimeout: 600_000,
    hookTimeout: 600_000,
  },
});
