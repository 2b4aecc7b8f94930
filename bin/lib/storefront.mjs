// The Next.js storefront (storefront/): build when its sources changed, serve
// it with `next start` on 127.0.0.1. The backend URL and publishable key are
// run-time settings (never baked into the build), so one build serves any
// backend and a new publishable key needs no rebuild.
import { spawn } from "node:child_process"
import crypto from "node:crypto"
import fs from "node:fs"
import path from "node:path"
import { run } from "./build.mjs"
import { ROOT } from "./paths.mjs"

export const STOREFRONT_DIR = path.join(ROOT, "storefront")
export const DEFAULT_STOREFRONT_PORT = 8000
const NEXT_CLI = path.join(STOREFRONT_DIR, "node_modules", "next", "dist", "bin", "next")
// `distDir` (NEXT_DIST_DIR) lets the browser tests build and serve their own
// copy, so a running `npm start` is never rebuilt under its feet.
const DEFAULT_DIST_DIR = ".next"
const INPUTS = ["src", "public", "package.json", "package-lock.json", "next.config.ts", "tsconfig.json"]

// Next asks to send anonymous telemetry; this store sends nothing anywhere.
const QUIET = { NEXT_TELEMETRY_DISABLED: "1" }

function hashTree(hash, target) {
  if (!fs.existsSync(target)) return
  if (fs.statSync(target).isFile()) {
    hash.update(path.relative(STOREFRONT_DIR, target))
    hash.update(fs.readFileSync(target))
    return
  }
  for (const entry of fs.readdirSync(target, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    hashTree(hash, path.join(target, entry.name))
  }
}

function sourceHash() {
  const hash = crypto.createHash("sha256")
  for (const input of INPUTS) hashTree(hash, path.join(STOREFRONT_DIR, input))
  return hash.digest("hex")
}

export function storefrontInstalled() {
  return fs.existsSync(NEXT_CLI)
}

/** `next build` when the storefront's sources changed since the last build. Returns whether it built. */
export async function buildStorefront({ force = false, distDir = DEFAULT_DIST_DIR } = {}) {
  if (!storefrontInstalled()) {
    throw new Error("The storefront's dependencies are missing: run npm install (it installs storefront/ too).")
  }
  const buildDir = path.join(STOREFRONT_DIR, distDir)
  const stamp = path.join(buildDir, ".source-hash")
  const hash = sourceHash()
  const built = fs.existsSync(path.join(buildDir, "BUILD_ID"))
  if (!force && built && fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === hash) return false
  await run([NEXT_CLI, "build"], {
    cwd: STOREFRONT_DIR,
    env: { ...QUIET, NODE_ENV: "production", NEXT_DIST_DIR: distDir },
    label: "next build (storefront)",
  })
  fs.writeFileSync(stamp, hash)
  return true
}

/**
 * Starts `next start` on host:port in its own process group and resolves once
 * it answers. stdio: "inherit" shows its log, "ignore" keeps quiet.
 */
export async function startStorefront({
  backendUrl,
  publishableKey,
  port,
  host = "127.0.0.1",
  stdio = "inherit",
  distDir = DEFAULT_DIST_DIR,
  extraEnv = {},
}) {
  // Next keeps fetched data on disk between runs; a new database (fresh test
  // stack, reset .data) would otherwise be answered from the old one's cache.
  fs.rmSync(path.join(STOREFRONT_DIR, distDir, "cache", "fetch-cache"), { recursive: true, force: true })
  const child = spawn(process.execPath, [NEXT_CLI, "start", "--hostname", host, "--port", String(port)], {
    cwd: STOREFRONT_DIR,
    env: {
      ...process.env,
      ...QUIET,
      ...extraEnv,
      NODE_ENV: "production",
      MEDUSA_BACKEND_URL: backendUrl,
      MEDUSA_PUBLISHABLE_KEY: publishableKey ?? "",
      NEXT_DIST_DIR: distDir,
      STOREFRONT_URL: `http://${host}:${port}`,
    },
    stdio: ["ignore", stdio, stdio],
    detached: true,
  })
  const deadline = Date.now() + 60000
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the storefront exited (code ${child.exitCode}) during start-up`)
    try {
      const res = await fetch(`http://${host}:${port}/robots.txt`, { redirect: "manual" })
      if (res.status < 500) return child
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250))
  }
  child.kill("SIGKILL")
  throw new Error(`the storefront did not answer on ${host}:${port} within 60 s`)
}
