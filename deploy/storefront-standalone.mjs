#!/usr/bin/env node
// Builds the storefront as Next's standalone server (NEXT_OUTPUT=standalone)
// and completes it: Next leaves the browser assets (<distDir>/static) and
// public/ out of <distDir>/standalone, which must serve them itself.
// NEXT_DIST_DIR picks the build folder (.next; test:deploy uses its own).
// Skips `next build` when the storefront's sources are unchanged.
import fs from "node:fs"
import path from "node:path"
import { STOREFRONT_DIR, buildStorefront } from "../bin/lib/storefront.mjs"

process.env.NEXT_OUTPUT = "standalone"
const distDir = process.env.NEXT_DIST_DIR || ".next"
const force = process.argv.includes("--force")

const standalone = path.join(STOREFRONT_DIR, distDir, "standalone")
let built = await buildStorefront({ distDir, force })
// The same sources built by `npm start` (without standalone) carry the same stamp.
if (!fs.existsSync(path.join(standalone, "server.js"))) built = await buildStorefront({ distDir, force: true })
fs.cpSync(path.join(STOREFRONT_DIR, distDir, "static"), path.join(standalone, distDir, "static"), { recursive: true })
const publicDir = path.join(STOREFRONT_DIR, "public")
if (fs.existsSync(publicDir)) fs.cpSync(publicDir, path.join(standalone, "public"), { recursive: true })
console.log(`storefront-standalone: ${built ? "built" : "up to date"}: ${path.relative(process.cwd(), standalone)}`)
