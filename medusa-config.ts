import path from "path"
import { defineConfig, loadEnv } from "@medusajs/framework/utils"
import { assertSecrets, envFlag } from "./src/config/env"
import { notificationProviders } from "./src/config/notifications"
import { assertPluginsBuilt, storePlugins } from "./src/config/plugins"
import { fileProviders, paymentProviders } from "./src/config/providers"

loadEnv(process.env.NODE_ENV || "development", process.cwd())

assertSecrets(process.env)
assertPluginsBuilt(storePlugins)

const redisUrl = process.env.REDIS_URL || undefined
// REDIS_NAMESPACE lets several shops (or test runs) share one Redis database:
// it prefixes every BullMQ queue (event bus, workflow engine) and the lock
// keys, so one shop's queued events never reach another shop's worker.
const redisNamespace = redisNamespaceOf(process.env.REDIS_NAMESPACE)
const bullPrefix = { prefix: redisNamespace ? `${redisNamespace}:bull` : "bull" }
const backendUrl = process.env.MEDUSA_BACKEND_URL || "http://127.0.0.1:9000"
const storefrontUrl = process.env.STOREFRONT_URL || "http://127.0.0.1:8000"
const localhostCors = `${storefrontUrl},http://localhost:8000,http://127.0.0.1:8000`
const adminCors = `${backendUrl},http://localhost:9000,http://127.0.0.1:9000,http://localhost:5173`

// `.medusa/server` is wiped by every `medusa build`, so uploads live in the
// project's own git-ignored folder. The launcher links .medusa/server/static to it.
const projectRoot = process.env.SHOP_PROJECT_ROOT || findProjectRoot(__dirname)
const uploadDir = process.env.UPLOAD_DIR || path.join(projectRoot, "static")

// COOKIE_SECURE=false lets the production build run over plain http on loopback
// (npm start sets it); a deployment behind HTTPS leaves it unset and keeps
// Medusa's Secure cookie.
const cookieSecure = envFlag(process.env.COOKIE_SECURE)

// Password hashing cost for Medusa's emailpass provider (scrypt N = 2^logN,
// r = 8, p = 1). Medusa's default is 2^15, OWASP asks for 2^17; 2^16 is the
// strongest cost that keeps login p50 under 300 ms on our 2-core host — see
// plugins/customer-accounts/README.md for the measurements. AUTH_SCRYPT_LOG_N
// overrides it (e.g. for scripts/measure-scrypt.mjs).
const scryptHashConfig = { logN: scryptLogN(process.env.AUTH_SCRYPT_LOG_N), r: 8, p: 1 }

// Options of the store plugins (medusa-config passes them on to each plugin's modules).
const storePluginOptions: Record<string, Record<string, unknown>> = {
  // Rate-limit counters in Redis when the store runs with Redis, in PostgreSQL otherwise.
  "@shop/customer-accounts": { rateLimit: { redisUrl, redisNamespace: redisNamespace || undefined } },
}

// The mock card processor (plugins/payment-mock) next to Medusa's system
// provider, which the payment module always registers ("pay on invoice").
const mockCardOptions = {
  // on_shipment | manual | automatic (plugins/payment-mock/README.md)
  capture: process.env.MOCK_CARD_CAPTURE || "on_shipment",
  backend_url: backendUrl,
  ...(process.env.MOCK_CARD_PROCESSING_DELAY_MS ? { processing_delay_ms: Number(process.env.MOCK_CARD_PROCESSING_DELAY_MS) } : {}),
  ...(process.env.MOCK_CARD_WEBHOOK_SECRET ? { webhook_secret: process.env.MOCK_CARD_WEBHOOK_SECRET } : {}),
}

// Cart completion and stock reservation lock through the locking module.
// Several server processes share one lock only through Redis (REDIS_URL),
// like Medusa's event bus, workflow engine and cache. Without Redis the store
// runs as one process and Medusa's in-memory lock is exact and cheapest.
// Not PostgreSQL advisory locks: their waiters each hold a pooled connection
// while the holder needs one more for its own work, so ten concurrent
// checkouts of one product exhaust the default pool of ten and every one of
// them fails after minutes (see plugins/payment-mock/README.md).
const locking = redisUrl
  ? {
      resolve: "@medusajs/medusa/locking-redis",
      id: "locking-redis",
      is_default: true,
      // A stock reservation waits its turn for up to 30 s instead of failing after 5,
      // polling every 5-50 ms: with Medusa's default back-off (up to 1 s) a hot
      // item's lock sits free while its waiters sleep.
      options: {
        redisUrl,
        namespace: redisNamespace ? `${redisNamespace}:medusa_lock:` : "medusa_lock:",
        waitLockingTimeout: 30,
        defaultRetryInterval: 5,
        maximumRetryInterval: 50,
      },
    }
  : null

export default defineConfig({
  projectConfig: {
    databaseUrl: process.env.DATABASE_URL,
    redisUrl,
    // Medusa keeps sessions in Redis (connect-redis) when redisUrl is set, under
    // `${redisPrefix}sess:`: the namespace keeps two shops on one Redis from
    // reading each other's sessions.
    redisPrefix: redisNamespace ? `${redisNamespace}:` : undefined,
    workerMode: (process.env.MEDUSA_WORKER_MODE as "shared" | "worker" | "server") || "shared",
    http: {
      storeCors: process.env.STORE_CORS || localhostCors,
      adminCors: process.env.ADMIN_CORS || adminCors,
      authCors: process.env.AUTH_CORS || `${localhostCors},${adminCors}`,
      jwtSecret: process.env.JWT_SECRET || "supersecret",
      cookieSecret: process.env.COOKIE_SECRET || "supersecret",
    },
    cookieOptions: cookieSecure === undefined ? undefined : { secure: cookieSecure, sameSite: "lax" },
  },
  admin: {
    disable: envFlag(process.env.DISABLE_ADMIN) === true || process.env.MEDUSA_WORKER_MODE === "worker",
    backendUrl: process.env.MEDUSA_ADMIN_BACKEND_URL || "/",
  },
  plugins: storePlugins.map((name) => ({ resolve: name, options: storePluginOptions[name] ?? {} })),
  modules: [
    {
      resolve: "@medusajs/medusa/auth",
      options: {
        providers: [
          { resolve: "@medusajs/medusa/auth-emailpass", id: "emailpass", options: { hashConfig: scryptHashConfig } },
        ],
      },
    },
    {
      resolve: "@medusajs/medusa/file",
      options: { providers: fileProviders(process.env, { uploadDir, backendUrl }) },
    },
    {
      resolve: "@medusajs/medusa/notification",
      options: { providers: notificationProviders(process.env) },
    },
    {
      resolve: "@medusajs/medusa/payment",
      options: { providers: paymentProviders(process.env, mockCardOptions) },
    },
    ...(locking ? [{ resolve: "@medusajs/medusa/locking", options: { providers: [locking] } }] : []),
    ...(redisUrl
      ? [
          {
            resolve: "@medusajs/medusa/event-bus-redis",
            options: { redisUrl, queueOptions: bullPrefix, workerOptions: bullPrefix },
          },
          {
            resolve: "@medusajs/medusa/workflow-engine-redis",
            options: { redis: { redisUrl, queueOptions: bullPrefix, workerOptions: bullPrefix } },
          },
          // No caching module: Medusa 2.21 reads its cache only behind the WIP
          // `caching` feature flag, while the module itself subscribes to every
          // event ("*"), which on the Redis event bus turns each of the ~40
          // module events of an order into a queued job for the worker
          // (measured: 0.33 → 0.13 s of worker CPU per order without it).
        ]
      : []),
  ],
})

function redisNamespaceOf(value: string | undefined): string {
  if (!value) return ""
  // Part of Redis key names: keep them readable and unambiguous.
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    throw new Error(`REDIS_NAMESPACE may hold only letters, digits, "_" and "-" (up to 64; got "${value}")`)
  }
  return value
}

function scryptLogN(value: string | undefined): number {
  if (value === undefined || value === "") return 16
  const logN = Number(value)
  if (!Number.isInteger(logN) || logN < 14 || logN > 20) {
    throw new Error(`AUTH_SCRYPT_LOG_N must be an integer from 14 to 20 (got "${value}")`)
  }
  return logN
}

/** The folder holding the root package.json, whether we run from src or .medusa/server. */
function findProjectRoot(start: string): string {
  const marker = `${path.sep}.medusa${path.sep}server`
  const index = start.indexOf(marker)
  return index >= 0 ? start.slice(0, index) : start
}
