#!/usr/bin/env node
// Root postinstall: installs storefront/ (its own package.json and lock, kept
// out of the root workspaces so its React 19 never meets the admin's React 18).
// `npm ci` there, skipped when its node_modules already matches the lock.
import { spawnSync } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { ROOT } from "./lib/paths.mjs"

const dir = path.join(ROOT, "storefront")
const lock = path.join(dir, "package-lock.json")
const stamp = path.join(dir, "node_modules", ".installed-lock-hash")

if (!fs.existsSync(lock)) {
  process.exit(0)
}
const hash = crypto.createHash("sha256").update(fs.readFileSync(lock)).digest("hex")
if (!process.argv.includes("--force") && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === hash) {
  console.log("storefront: dependencies up to date")
  process.exit(0)
}

// npm passes its settings to scripts as npm_config_* variables; the root's
// (workspaces, prefix, ...) must not leak into the storefront's install.
const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_(config|package|lifecycle)_/i.test(key)))
const npm = process.env.npm_execpath
const [command, args] = npm && npm.endsWith(".js") ? [process.execPath, [npm]] : ["npm", []]
console.log("storefront: installing dependencies (npm ci)…")
const result = spawnSync(command, [...args, "ci", "--no-audit", "--no-fund"], { cwd: dir, env, stdio: "inherit" })
if (result.status !== 0) {
  console.error(`storefront: npm ci failed (exit ${result.status ?? result.signal})`)
  process.exit(result.status ?? 1)
}
fs.writeFileSync(stamp, hash)
