#!/usr/bin/env node
// npm test: the jest suites (API and integration, with the flag
// @medusajs/test-utils needs for its dynamic imports), then the browser tests
// (Playwright in Debian's Chromium against a fresh stack, tests/browser).
//   npm test                               both
//   npm test -- tests/integration/x.ts     jest only, with these arguments
//   npm test -- tests/browser/specs/x.ts   Playwright only, with these arguments
//   npm run test:browser [-- args]         Playwright only
import { spawn } from "node:child_process"
import fs from "node:fs"
import os from "node:os"
import path from "node:path"
import { ROOT } from "./lib/paths.mjs"

const args = process.argv.slice(2)
const browserOnly = args[0] === "--browser"
const extra = browserOnly ? args.slice(1) : args
const browserArgs = extra.some((a) => a.replace(/\\/g, "/").includes("tests/browser"))

let current = null
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => current?.kill(signal))

function run(command, commandArgs, env) {
  return new Promise((resolve) => {
    current = spawn(process.execPath, [command, ...commandArgs], {
      cwd: ROOT,
      stdio: "inherit",
      env: { ...process.env, MEDUSA_DISABLE_TELEMETRY: "true", ...env },
    })
    current.on("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0)))
  })
}

// jest's failures, written by tests/setup/failure-recap-reporter.js and printed
// last: after the browser tests' output, at the end of the log where CI shows it.
const recapFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "shop-test-")), "jest-failures.txt")

function printRecap() {
  const recap = fs.existsSync(recapFile) ? fs.readFileSync(recapFile, "utf8") : ""
  fs.rmSync(path.dirname(recapFile), { recursive: true, force: true })
  if (recap) console.log(`\n== jest failures (repeated from above)\n\n${recap}`)
}

function jest(jestArgs) {
  return run(path.join(ROOT, "node_modules", "jest", "bin", "jest.js"), jestArgs, {
    JEST_FAILURE_RECAP: recapFile,
    NODE_ENV: "test",
    LOG_LEVEL: process.env.LOG_LEVEL || "error",
    NODE_OPTIONS: [process.env.NODE_OPTIONS, "--experimental-vm-modules"].filter(Boolean).join(" "),
  })
}

function playwright(pwArgs) {
  const config = path.join("tests", "browser", "playwright.config.ts")
  return run(path.join(ROOT, "node_modules", "@playwright", "test", "cli.js"), ["test", "-c", config, ...pwArgs], {
    NEXT_TELEMETRY_DISABLED: "1",
  })
}

let code = 0
if (browserOnly || browserArgs) {
  code = await playwright(extra)
} else if (extra.length) {
  code = await jest(extra)
} else {
  const jestCode = await jest([])
  console.log("\n== Browser tests (Playwright, tests/browser)\n")
  const browserCode = await playwright([])
  code = jestCode || browserCode
}
printRecap()
process.exit(code)
