import "server-only"
import Medusa from "@medusajs/js-sdk"

/**
 * Where the backend is and which publishable key the store API wants. Both are
 * read at run time (npm start passes them to `next start`), never baked into
 * the build, and never sent to the browser: every call is made on the server.
 */
export const BACKEND_URL = (process.env.MEDUSA_BACKEND_URL || "http://127.0.0.1:9000").replace(/\/$/, "")
export const PUBLISHABLE_KEY = process.env.MEDUSA_PUBLISHABLE_KEY || ""

/** The one js-sdk client. Tokens are passed per call (the server serves many shoppers). */
export const sdk = new Medusa({
  baseUrl: BACKEND_URL,
  publishableKey: PUBLISHABLE_KEY || undefined,
  debug: process.env.MEDUSA_SDK_DEBUG === "true",
  auth: { type: "jwt", jwtTokenStorageMethod: "nostore" },
})
