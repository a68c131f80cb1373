import { defineConfig, devices } from '@playwright/test';
import { findChromium } from './scripts/find-chromium.mjs';

/** A port of its own: other servers on the machine may hold Astro's 4321. */
const PORT = Number(process.env.E2E_PORT || 4391);
const executablePath = findChromium();

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  outputDir: 'test-results/e2e',
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  timeout: 30_000,
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'off',
    // Service workers cache and precache on every fresh context: only the offline specs opt in.
    serviceWorkers: 'block',
    launchOptions: {
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  projects: [
    { name: 'desktop', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 900 } } },
  ],
  webServer: {
    command: `node scripts/serve.mjs ${process.env.OUT_DIR || 'dist'} ${PORT}`,
    url: `http://127.0.0.1:${PORT}/fr/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
