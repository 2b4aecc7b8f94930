#!/usr/bin/env node
// npm test: jest with the flag @medusajs/test-utils needs for its dynamic imports.
// Extra arguments go to jest (npm test -- tests/integration/foundation.spec.ts).
import { spawn } from "node:child_process"
import path from "node:path"
import { ROOT } from "./lib/paths.mjs"

const jest = path.join(ROOT, "node_modules", "jest", "bin", "jest.js")
const child = spawn(process.execPath, [jest, ...process.argv.slice(2)], {
  cwd: ROOT,
  stdio: "inherit",
  env: {
    ...process.env,
    NODE_ENV: "test",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    MEDUSA_DISABLE_TELEMETRY: "true",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  },
})
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal))
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
