#!/usr/bin/env node
// npm run build            plugins, then the app (each only if its sources changed)
// npm run build:plugins    the plugins only
// --force rebuilds regardless of the stamps.
import { buildApp, buildPlugins } from "./lib/build.mjs"
import { dim, fail, info, step } from "./lib/log.mjs"

const force = process.argv.includes("--force")
const pluginsOnly = process.argv.includes("--plugins")

try {
  await step("Building plugins", () => buildPlugins({ force, onBuild: (name) => info(dim(`building plugins/${name}`)) }))
  if (!pluginsOnly) {
    const rebuilt = await step("Building the app and admin", () =>
      buildApp({ force, env: { MEDUSA_DISABLE_TELEMETRY: "true" } })
    )
    if (!rebuilt) info(dim("app build is up to date"))
  }
} catch (error) {
  fail(error.message)
  process.exit(1)
}
