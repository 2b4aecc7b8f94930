import { defineConfig } from "@playwright/test"

// Browser tests of the storefront against the real stack (see setup/stack.mjs).
// Debian's Chromium only: Playwright never downloads a browser here.
const storefront = `http://127.0.0.1:${process.env.E2E_STOREFRONT_PORT || 8100}`

export default defineConfig({
  testDir: "./specs",
  outputDir: "../../test-results/browser",
  globalSetup: "./setup/global-setup.mjs",
  // One shared stack on a 2-core machine: tests run one after another.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  reporter: [["list"], ["html", { outputFolder: "../../test-results/browser-report", open: "never" }]],
  use: {
    baseURL: storefront,
    browserName: "chromium",
    headless: true,
    viewport: { width: 1280, height: 900 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    screenshot: "only-on-failure",
    trace: "retain-on-failure",
    acceptDownloads: true,
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
})
