import { defineConfig } from 'vitest/config';

// End-to-end tests load the built extension (.output/chrome-mv3) into real Chromium.
// Build first: `npm run build` (npm test does it for you).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 90_000,
    retry: 0,
  },
});
