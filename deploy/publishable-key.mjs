#!/usr/bin/env node
// Prints the store's publishable API key (the seed creates it), for the
// storefront: backend-entrypoint.sh migrate writes it to PUBLISHABLE_KEY_FILE.
// The same read the launcher does for npm start (bin/lib/stack.mjs).
import { publishableKey } from "../bin/lib/stack.mjs"

if (!process.env.DATABASE_URL) {
  console.error("publishable-key: DATABASE_URL is not set")
  process.exit(1)
}
const key = await publishableKey(process.env.DATABASE_URL)
if (!key) {
  console.error("publishable-key: the database holds no publishable key (has the seed run?)")
  process.exit(1)
}
process.stdout.write(`${key}\n`)
