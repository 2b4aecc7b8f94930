// The stack the browser tests run against, started fresh for every run:
// embedded PostgreSQL (new cluster) → the dev inbox (SMTP catcher) → migrated +
// seeded Medusa mailing to it → the built storefront (twice: the second one's
// wall clock runs ahead, see wall-clock-ahead.cjs), all on 127.0.0.1 and on
// their own ports (E2E_*), so a developer's `npm start` or a jest run can go on
// beside it. stop() ends them in reverse order.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { buildApp, buildPlugins } from "../../../bin/lib/build.mjs"
import { startEmbeddedPostgres } from "../../../bin/lib/embedded-postgres.mjs"
import { APP_BUILD_DIR, DATA_DIR, MEDUSA_CLI, ROOT, UPLOAD_DIR } from "../../../bin/lib/paths.mjs"
import { migrateAndSeed, portInUse, publishableKey, stopChild, waitForHealthy } from "../../../bin/lib/stack.mjs"
import { buildStorefront, startStorefront } from "../../../bin/lib/storefront.mjs"

const { startDevInbox } = createRequire(import.meta.url)("../../../bin/lib/dev-inbox.cjs")

export const E2E_PORTS = {
  postgres: Number(process.env.E2E_PG_PORT || 54331),
  backend: Number(process.env.E2E_BACKEND_PORT || 9100),
  storefront: Number(process.env.E2E_STOREFRONT_PORT || 8100),
  clockAheadStorefront: Number(process.env.E2E_CLOCK_AHEAD_STOREFRONT_PORT || 8101),
}
const CLOCK_AHEAD_MS = 10 * 60 * 1000
const WALL_CLOCK_AHEAD = path.join(path.dirname(fileURLToPath(import.meta.url)), "wall-clock-ahead.cjs")
// The inbox takes a free port when these are taken (its URL is passed on).
const E2E_INBOX_PORTS = {
  smtp: Number(process.env.E2E_SMTP_PORT || 1125),
  web: Number(process.env.E2E_INBOX_PORT || 8125),
}

const LOG_DIR = path.join(ROOT, "test-results", "browser-stack")
// Its own build of the storefront: a developer's running `npm start` keeps .next.
const E2E_DIST_DIR = ".next-e2e"

function say(message) {
  console.log(`[browser stack] ${message}`)
}

async function timed(title, fn) {
  const started = Date.now()
  const result = await fn()
  say(`${title} (${((Date.now() - started) / 1000).toFixed(1)} s)`)
  return result
}

function listUploads() {
  return fs.existsSync(UPLOAD_DIR) ? new Set(fs.readdirSync(UPLOAD_DIR)) : new Set()
}

export async function startBrowserStack() {
  const ports = E2E_PORTS
  for (const [name, port] of Object.entries(ports)) {
    if (await portInUse(port)) {
      throw new Error(`Port ${port} (${name}) is in use; set E2E_PG_PORT / E2E_BACKEND_PORT / E2E_STOREFRONT_PORT / E2E_CLOCK_AHEAD_STOREFRONT_PORT.`)
    }
  }
  fs.mkdirSync(LOG_DIR, { recursive: true })
  const children = []
  let database = null
  let inbox = null
  // The seed uploads the catalogue images into the project's static/ folder
  // (Medusa serves /static from there); the ones this run adds are removed again.
  const uploadsBefore = listUploads()

  const stop = async () => {
    for (const child of children.reverse()) await stopChild(child)
    await inbox?.stop()
    await database?.stop()
    for (const file of listUploads()) {
      if (!uploadsBefore.has(file)) fs.rmSync(path.join(UPLOAD_DIR, file), { force: true })
    }
  }

  try {
    const backendUrl = `http://127.0.0.1:${ports.backend}`
    const storefrontUrl = `http://127.0.0.1:${ports.storefront}`
    const clockAheadStorefrontUrl = `http://127.0.0.1:${ports.clockAheadStorefront}`
    const env = {
      NODE_ENV: "production",
      MEDUSA_DISABLE_TELEMETRY: "true",
      HOST: "127.0.0.1",
      PORT: String(ports.backend),
      JWT_SECRET: crypto.randomBytes(32).toString("hex"),
      COOKIE_SECRET: crypto.randomBytes(32).toString("hex"),
      CLIENT_ADDRESS_SECRET: crypto.randomBytes(32).toString("hex"),
      COOKIE_SECURE: "false",
      MEDUSA_BACKEND_URL: backendUrl,
      STOREFRONT_URL: storefrontUrl,
      SHOP_PROJECT_ROOT: ROOT,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL || "info",
    }

    await timed("built plugins", () => buildPlugins())
    await timed("built the app", () => buildApp({ env }))
    await timed("built the storefront", () => buildStorefront({ distDir: E2E_DIST_DIR }))

    database = await timed(`started a fresh PostgreSQL on 127.0.0.1:${ports.postgres}`, () =>
      startEmbeddedPostgres({
        dataDir: path.join(DATA_DIR, "e2e-postgres"),
        port: ports.postgres,
        user: "medusa",
        password: crypto.randomBytes(16).toString("hex"),
        database: "medusa",
        durable: false,
        fresh: true,
      })
    )
    env.DATABASE_URL = database.url

    inbox = await timed("started the dev inbox", () =>
      startDevInbox({ smtpPort: E2E_INBOX_PORTS.smtp, webPort: E2E_INBOX_PORTS.web, fallback: true })
    )
    env.SMTP_URL = inbox.smtpUrl
    env.SMTP_FROM = "Medusa Shop <shop@localhost>"

    const buildId = fs.readFileSync(path.join(APP_BUILD_DIR, ".source-hash"), "utf8")
    await migrateAndSeed({
      cwd: APP_BUILD_DIR,
      env,
      buildId,
      seedScript: "./src/scripts/seed.js",
      step: (title, fn) => timed(title.toLowerCase(), fn),
    })

    const backendLog = fs.openSync(path.join(LOG_DIR, "medusa.log"), "w")
    const medusa = spawn(process.execPath, [MEDUSA_CLI, "start", "--host", env.HOST, "--port", env.PORT], {
      cwd: APP_BUILD_DIR,
      env: { ...process.env, ...env },
      stdio: ["ignore", backendLog, backendLog],
      detached: true,
    })
    fs.closeSync(backendLog)
    children.push(medusa)
    await timed(`Medusa answers on ${backendUrl}`, () => waitForHealthy(`${backendUrl}/health`, { child: medusa }))

    const key = await publishableKey(env.DATABASE_URL)
    const storefrontLog = fs.openSync(path.join(LOG_DIR, "storefront.log"), "w")
    const storefront = await timed(`storefront answers on ${storefrontUrl}`, () =>
      startStorefront({
        backendUrl,
        publishableKey: key,
        port: ports.storefront,
        stdio: storefrontLog,
        distDir: E2E_DIST_DIR,
        extraEnv: { CLIENT_ADDRESS_SECRET: env.CLIENT_ADDRESS_SECRET },
      })
    )
    fs.closeSync(storefrontLog)
    children.push(storefront)

    // The same build once more, its wall clock 10 minutes ahead of its
    // monotonic clock (an NTP step after a virtual machine resumes, seen on
    // CI): specs/clock-skew.spec.ts checks that checkout still goes through.
    const aheadLog = fs.openSync(path.join(LOG_DIR, "storefront-clock-ahead.log"), "w")
    const aheadStorefront = await timed(`storefront with its wall clock ahead answers on ${clockAheadStorefrontUrl}`, () =>
      startStorefront({
        backendUrl,
        publishableKey: key,
        port: ports.clockAheadStorefront,
        stdio: aheadLog,
        distDir: E2E_DIST_DIR,
        extraEnv: {
          CLIENT_ADDRESS_SECRET: env.CLIENT_ADDRESS_SECRET,
          NODE_OPTIONS: [process.env.NODE_OPTIONS, `--require ${WALL_CLOCK_AHEAD}`].filter(Boolean).join(" "),
          E2E_WALL_CLOCK_AHEAD_MS: String(CLOCK_AHEAD_MS),
        },
      })
    )
    fs.closeSync(aheadLog)
    children.push(aheadStorefront)

    return { backendUrl, storefrontUrl, clockAheadStorefrontUrl, inboxUrl: inbox.webUrl, publishableKey: key, databaseUrl: database.url, stop }
  } catch (error) {
    await stop()
    throw error
  }
}
