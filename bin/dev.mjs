#!/usr/bin/env node
// npm run dev: `medusa develop` (hot reload of src/) on 127.0.0.1, with the
// same database, plugin build, migrations and seed as npm start.
// Plugins are built once here; after editing a plugin, run npm run build:plugins.
import { spawn } from "node:child_process"
import { buildPlugins } from "./lib/build.mjs"
import { dim, fail, info, step } from "./lib/log.mjs"
import { prepareMail } from "./lib/mail.mjs"
import { MEDUSA_CLI, ROOT } from "./lib/paths.mjs"
import { assertNodeVersion, localEnv, migrateAndSeed, portInUse, prepareDatabase, stopChild } from "./lib/stack.mjs"

let database = null
let server = null
let mail = null
let stopping = false

async function shutdown(code) {
  if (stopping) return
  stopping = true
  await stopChild(server)
  await mail?.inbox?.stop()
  await database?.stop()
  process.exit(code)
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => shutdown(0))

try {
  assertNodeVersion()
  const env = localEnv({ mode: "development" })
  // The admin's Vite HMR socket listens on every interface unless told otherwise.
  env.HMR_BIND_HOST = process.env.HMR_BIND_HOST || "127.0.0.1"
  if (await portInUse(Number(env.PORT))) throw new Error(`Port ${env.PORT} is already in use. Stop it or set PORT.`)
  database = await step("Starting the database", () =>
    prepareDatabase({ password: env.EMBEDDED_PG_PASSWORD, log: (m) => info(dim(m)) })
  )
  env.DATABASE_URL = database.url
  await step("Building plugins", () => buildPlugins({ onBuild: (name) => info(dim(`building plugins/${name}`)) }))
  await migrateAndSeed({ cwd: ROOT, env, buildId: `dev-${Date.now()}`, seedScript: "./src/scripts/seed.ts", step })
  mail = await prepareMail(env, { log: (m) => info(dim(`dev inbox: ${m}`)) })
  info(`Mail: ${mail.banner}`)
  server = spawn(process.execPath, [MEDUSA_CLI, "develop", "--host", env.HOST, "--port", env.PORT], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ["ignore", "inherit", "inherit"],
    detached: true,
  })
  server.on("exit", (code) => {
    if (!stopping) {
      fail(`medusa develop stopped (exit ${code})`)
      shutdown(code ?? 1)
    }
  })
} catch (error) {
  fail(error.message)
  await shutdown(1)
}
