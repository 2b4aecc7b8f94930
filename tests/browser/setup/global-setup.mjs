// Playwright's global setup: the whole stack, fresh, for this run; the
// returned function is the teardown. Workers start after this and inherit
// the E2E_* variables set here.
import fs from "node:fs"
import { startBrowserStack } from "./stack.mjs"

export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium"

export default async function globalSetup() {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium).`)
  }
  const stack = await startBrowserStack()
  process.env.E2E_BACKEND_URL = stack.backendUrl
  process.env.E2E_STOREFRONT_URL = stack.storefrontUrl
  process.env.E2E_CLOCK_AHEAD_STOREFRONT_URL = stack.clockAheadStorefrontUrl
  process.env.E2E_INBOX_URL = stack.inboxUrl
  process.env.E2E_PUBLISHABLE_KEY = stack.publishableKey ?? ""
  process.env.E2E_DATABASE_URL = stack.databaseUrl
  return async () => {
    await stack.stop()
  }
}
