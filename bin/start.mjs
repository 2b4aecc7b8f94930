#!/usr/bin/env node
// npm start: the whole store with one command.
// database → build (plugins, app, storefront) → migrate + seed → Medusa on 127.0.0.1:9000
// → the storefront on 127.0.0.1:8000.
// Ctrl-C / SIGTERM stops the storefront, then Medusa, then PostgreSQL, and leaves nothing running.
import { spawn } from "node:child_process"
import path from "node:path"
import { buildApp, buildPlugins } from "./lib/build.mjs"
import { bold, cyan, dim, fail, green, info, step } from "./lib/log.mjs"
import { prepareMail } from "./lib/mail.mjs"
import { APP_BUILD_DIR, MEDUSA_CLI } from "./lib/paths.mjs"
import { DEFAULT_STOREFRONT_PORT, buildStorefront, startStorefront } from "./lib/storefront.mjs"
import {
  assertNodeVersion,
  clearRun,
  reclaimPreviousRun,
  recordRun,
  localEnv,
  migrateAndSeed,
  portInUse,
  prepareDatabase,
  publishableKey,
  stopChild,
  waitForHealthy,
} from "./lib/stack.mjs"
import fs from "node:fs"

const started = Date.now()
let database = null
let server = null
let storefront = null
let mail = null
let shuttingDown = false

async function shutdown(code) {
  if (shuttingDown) return
  shuttingDown = true
  if (server || database) info("Stopping…")
  await stopChild(storefront)
  await stopChild(server)
  await mail?.inbox?.stop()
  await database?.stop()
  clearRun()
  process.exit(code)
}

for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => shutdown(0))
}

async function main() {
  assertNodeVersion()
  const env = localEnv({ mode: "production" })
  await reclaimPreviousRun({ log: (m) => info(dim(m)) })
  recordRun([])
  const port = Number(env.PORT)
  if (await portInUse(port, env.HOST === "0.0.0.0" ? "127.0.0.1" : env.HOST)) {
    throw new Error(`Port ${port} is already in use (is another "npm start" running?). Stop it or set PORT.`)
  }
  const storefrontPort = Number(process.env.STOREFRONT_PORT || DEFAULT_STOREFRONT_PORT)
  if (await portInUse(storefrontPort)) {
    throw new Error(`Port ${storefrontPort} (storefront) is already in use. Stop it or set STOREFRONT_PORT.`)
  }
  const storefrontUrl = `http://127.0.0.1:${storefrontPort}`
  env.STOREFRONT_URL = process.env.STOREFRONT_URL || storefrontUrl

  database = await step(process.env.DATABASE_URL ? "Connecting to PostgreSQL" : "Starting embedded PostgreSQL", () =>
    prepareDatabase({ password: env.EMBEDDED_PG_PASSWORD, log: (m) => info(dim(m)) })
  )
  env.DATABASE_URL = database.url

  await step("Building plugins", () => buildPlugins({ onBuild: (name) => info(dim(`building plugins/${name}`)) }))
  const rebuilt = await step("Building the app and admin", () => buildApp({ env }))
  if (!rebuilt) info(dim("app build is up to date"))
  const storefrontBuilt = await step("Building the storefront", () => buildStorefront())
  if (!storefrontBuilt) info(dim("storefront build is up to date"))

  const buildId = fs.readFileSync(path.join(APP_BUILD_DIR, ".source-hash"), "utf8")
  const migrated = await migrateAndSeed({
    cwd: APP_BUILD_DIR,
    env,
    buildId,
    seedScript: "./src/scripts/seed.js",
    step,
  })
  if (!migrated) info(dim("database already migrated and seeded for this build"))

  mail = await step("Preparing mail", () => prepareMail(env, { log: (m) => info(dim(`dev inbox: ${m}`)) }))

  server = await step("Starting Medusa", async () => {
    const child = spawn(process.execPath, [MEDUSA_CLI, "start", "--host", env.HOST, "--port", env.PORT], {
      cwd: APP_BUILD_DIR,
      env: { ...process.env, ...env },
      stdio: ["ignore", "inherit", "inherit"],
      detached: true, // its own process group: Ctrl-C reaches us, and we stop it in order
    })
    child.on("exit", (code, signal) => {
      if (!shuttingDown) {
        fail(`Medusa stopped unexpectedly (${signal ?? `exit ${code}`})`)
        shutdown(1)
      }
    })
    recordRun([child.pid])
    await waitForHealthy(`http://127.0.0.1:${env.PORT}/health`, { child })
    // The product index rebuilds itself before its first answer (the seed ran in another process); ask now,
    // so the storefront's first page and the recommendation rails, which read the index, find it filled.
    await fetch(`http://127.0.0.1:${env.PORT}/api/v1/product/?limit=1`).catch(() => undefined)
    return child
  })

  const key = await publishableKey(env.DATABASE_URL)
  const base = env.MEDUSA_BACKEND_URL
  storefront = await step("Starting the storefront", async () => {
    const child = await startStorefront({
      backendUrl: base,
      publishableKey: key,
      port: storefrontPort,
      extraEnv: { CLIENT_ADDRESS_SECRET: env.CLIENT_ADDRESS_SECRET },
    })
    child.on("exit", (code, signal) => {
      if (!shuttingDown) {
        fail(`The storefront stopped unexpectedly (${signal ?? `exit ${code}`})`)
        shutdown(1)
      }
    })
    recordRun([server.pid, child.pid])
    return child
  })
  const lines = [
    "",
    bold(green(`The store is running (ready in ${((Date.now() - started) / 1000).toFixed(1)} s)`)),
    `  ${bold("Storefront")}        ${cyan(storefrontUrl)}   ← open this to shop`,
    `  Admin dashboard   ${cyan(`${base}/app`)}`,
    `  Admin login       ${process.env.ADMIN_EMAIL || "admin@shop.test"} / ${process.env.ADMIN_PASSWORD ? "(ADMIN_PASSWORD)" : "shop-admin-2026"}`,
    `  Store API         ${cyan(`${base}/store`)}   publishable key ${key ?? "(none)"}`,
    `  Admin API         ${cyan(`${base}/admin`)}`,
    `  Health            ${cyan(`${base}/health`)}`,
    `  Mail              ${mail.inbox ? cyan(mail.banner) : mail.banner}`,
    `  Database          ${database.embedded ? `embedded PostgreSQL on 127.0.0.1:${database.port} (.data/postgres)` : "DATABASE_URL"}`,
    dim("  Press Ctrl-C to stop."),
    "",
  ]
  console.log(lines.join("\n"))
}

main().catch(async (error) => {
  fail(error.message)
  await shutdown(1)
})
