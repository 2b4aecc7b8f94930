#!/usr/bin/env node
// npm run seed: run the idempotent seed again against the configured database
// (DATABASE_URL, or the embedded PostgreSQL). Safe to repeat.
import { buildApp, buildPlugins, run } from "./lib/build.mjs"
import { dim, fail, info, step } from "./lib/log.mjs"
import { APP_BUILD_DIR, MEDUSA_CLI } from "./lib/paths.mjs"
import { localEnv, prepareDatabase } from "./lib/stack.mjs"

const env = localEnv({ mode: "production" })
let database = null
try {
  database = await step("Starting the database", () =>
    prepareDatabase({ password: env.EMBEDDED_PG_PASSWORD, log: (m) => info(dim(m)) })
  )
  env.DATABASE_URL = database.url
  await step("Building", async () => {
    await buildPlugins()
    await buildApp({ env })
  })
  await step("Migrating the database", () => run([MEDUSA_CLI, "db:migrate"], { cwd: APP_BUILD_DIR, env }))
  const output = await step("Seeding", () => run([MEDUSA_CLI, "exec", "./src/scripts/seed.js"], { cwd: APP_BUILD_DIR, env }))
  const summary = output.split("\n").find((l) => l.includes("Seed complete"))
  if (summary) info(summary)
} catch (error) {
  fail(error.message)
  process.exitCode = 1
} finally {
  await database?.stop()
}
