import { defineConfig } from 'vitest/config';

/** Tests over the built site (dist/): run after `astro build` (scripts/test-all.mjs does). */
export default defineConfig({
  test: {
    include: ['tests/dist/**/*.test.ts'],
    environment: 'node',
  },
});
