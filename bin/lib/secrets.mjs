import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { DATA_DIR } from "./paths.mjs"

const SECRETS_FILE = path.join(DATA_DIR, "secrets.json")

/**
 * Secrets for local runs: generated once with crypto-strong randomness and
 * kept in .data/secrets.json (mode 600) so sessions survive restarts.
 * Values already in the environment always win.
 */
export function localSecrets() {
  let stored = {}
  if (fs.existsSync(SECRETS_FILE)) {
    stored = JSON.parse(fs.readFileSync(SECRETS_FILE, "utf8"))
  }
  const wanted = ["JWT_SECRET", "COOKIE_SECRET", "EMBEDDED_PG_PASSWORD", "CLIENT_ADDRESS_SECRET"]
  let changed = false
  for (const key of wanted) {
    if (!stored[key]) {
      stored[key] = crypto.randomBytes(32).toString("hex")
      changed = true
    }
  }
  if (changed) {
    fs.mkdirSync(DATA_DIR, { recursive: true })
    fs.writeFileSync(SECRETS_FILE, JSON.stringify(stored, null, 2) + "\n", { mode: 0o600 })
  }
  return {
    JWT_SECRET: process.env.JWT_SECRET || stored.JWT_SECRET,
    COOKIE_SECRET: process.env.COOKIE_SECRET || stored.COOKIE_SECRET,
    EMBEDDED_PG_PASSWORD: stored.EMBEDDED_PG_PASSWORD,
    // Shared by the backend and the storefront's server: it signs the shopper's address (X-Shop-Client-Address).
    CLIENT_ADDRESS_SECRET: process.env.CLIENT_ADDRESS_SECRET || stored.CLIENT_ADDRESS_SECRET,
  }
}
