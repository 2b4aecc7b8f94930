#!/usr/bin/env node
// npm run bench: throughput and latency of the store's hot endpoints, on loopback.
//
// Uses the store already answering on http://127.0.0.1:$PORT (default 9000),
// or starts one the way npm start does (embedded PostgreSQL, build, migrate,
// seed, medusa start on 127.0.0.1) and stops it afterwards. Then runs every
// scenario in bench/scenarios/*.mjs in name order, each a bounded autocannon
// run, prints req/s, p50 and p99 per row, the ratios the scenarios declare as
// goals, and writes .data/bench/latest.json.
//
//   npm run bench -- --duration 10 --warmup 3 --connections 10 --only health,api-v1-products
//
// A scenario is a file exporting default { name, description, goals?, run(ctx) }
// where run returns rows { name, path, rps, p50, p99, requests, errors, non2xx }.
import { spawn } from "node:child_process"
import fs from "node:fs"
import net from "node:net"
import os from "node:os"
import path from "node:path"
import { pathToFileURL } from "node:url"
import { assertLoopback } from "../bench/lib/measure.mjs"
import { buildApp, buildPlugins } from "./lib/build.mjs"
import { bold, cyan, dim, fail, green, info, red, step, yellow } from "./lib/log.mjs"
import { APP_BUILD_DIR, DATA_DIR, MEDUSA_CLI, ROOT } from "./lib/paths.mjs"
import {
  assertNodeVersion,
  clearRun,
  localEnv,
  migrateAndSeed,
  prepareDatabase,
  publishableKey,
  reclaimPreviousRun,
  recordRun,
  stopChild,
  waitForHealthy,
} from "./lib/stack.mjs"
import { adminToken } from "../tests/load/admin.mjs"

const SCENARIO_DIR = path.join(ROOT, "bench", "scenarios")
const RESULT_FILE = path.join(DATA_DIR, "bench", "latest.json")

function parseArgs(argv) {
  const options = { duration: 10, warmup: 3, connections: 10, only: null, help: false }
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=")
    const value = () => {
      if (inline !== undefined) return inline
      i++
      if (i >= argv.length) throw new Error(`${flag} needs a value`)
      return argv[i]
    }
    if (flag === "--duration") options.duration = positive(value(), flag)
    else if (flag === "--warmup") options.warmup = nonNegative(value(), flag)
    else if (flag === "--connections") options.connections = Math.round(positive(value(), flag))
    else if (flag === "--only") options.only = new Set(value().split(","))
    else if (flag === "--help" || flag === "-h") options.help = true
    else throw new Error(`unknown option ${argv[i]} (see --help)`)
  }
  // Every run is bounded in time and load.
  options.duration = Math.min(options.duration, 120)
  options.warmup = Math.min(options.warmup, 30)
  options.connections = Math.min(options.connections, 200)
  return options
}

function positive(value, flag) {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0) throw new Error(`${flag} needs a positive number`)
  return n
}

function nonNegative(value, flag) {
  const n = Number(value)
  if (!Number.isFinite(n) || n < 0) throw new Error(`${flag} needs a number ≥ 0`)
  return n
}

async function loadScenarios(only) {
  const files = fs
    .readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith(".mjs"))
    .sort()
  const scenarios = []
  for (const file of files) {
    const { default: scenario } = await import(pathToFileURL(path.join(SCENARIO_DIR, file)).href)
    if (!scenario?.name || typeof scenario.run !== "function") {
      throw new Error(`bench/scenarios/${file} must export default { name, run(ctx) }`)
    }
    if (!only || only.has(scenario.name)) scenarios.push(scenario)
  }
  return scenarios
}

async function answers(url) {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) })
    return res.ok
  } catch {
    return false
  }
}

/** The publishable key of a store we did not start: from the env, or asked of the admin API. */
async function keyFromRunningStore(baseUrl) {
  if (process.env.BENCH_PUBLISHABLE_KEY) return process.env.BENCH_PUBLISHABLE_KEY
  try {
    const token = await adminToken(baseUrl)
    const keys = await fetch(`${baseUrl}/admin/api-keys?type=publishable&limit=10`, {
      headers: { authorization: `Bearer ${token}` },
    })
    if (!keys.ok) return null
    const { api_keys: list } = await keys.json()
    return list.find((k) => !k.revoked_at)?.token ?? null
  } catch {
    return null
  }
}

/** Starts the store like npm start does, on loopback, with its log in .data/bench/server.log. */
async function startStack() {
  assertNodeVersion()
  process.env.HOST = "127.0.0.1"
  const env = localEnv({ mode: "production" })
  await reclaimPreviousRun({ log: (m) => info(dim(m)) })
  recordRun([])
  const database = await step(process.env.DATABASE_URL ? "Connecting to PostgreSQL" : "Starting embedded PostgreSQL", () =>
    // Its own fresh cluster: the checkout scenario buys stock, which must not
    // come out of the developer's npm start database.
    prepareDatabase({
      password: env.EMBEDDED_PG_PASSWORD,
      log: (m) => info(dim(m)),
      dataDir: path.join(DATA_DIR, "bench", "postgres"),
      port: Number(process.env.BENCH_PG_PORT || 54331),
      fresh: true,
    })
  )
  env.DATABASE_URL = database.url
  const stack = { database, server: null, env, extra: [] }
  try {
    await step("Building plugins", () => buildPlugins({ onBuild: (name) => info(dim(`building plugins/${name}`)) }))
    await step("Building the app and admin", () => buildApp({ env }))
    const buildId = fs.readFileSync(path.join(APP_BUILD_DIR, ".source-hash"), "utf8")
    await migrateAndSeed({ cwd: APP_BUILD_DIR, env, buildId, seedScript: "./src/scripts/seed.js", step })
    fs.mkdirSync(path.dirname(RESULT_FILE), { recursive: true })
    const log = fs.openSync(path.join(path.dirname(RESULT_FILE), "server.log"), "w")
    stack.server = await step("Starting Medusa", async () => {
      const child = spawn(process.execPath, [...serverNodeArgs(), MEDUSA_CLI, "start", "--host", env.HOST, "--port", env.PORT], {
        cwd: APP_BUILD_DIR,
        env: { ...process.env, ...env },
        stdio: ["ignore", log, log],
        detached: true,
      })
      recordRun([child.pid])
      await waitForHealthy(`http://127.0.0.1:${env.PORT}/health`, { child })
      return child
    })
  } catch (error) {
    await stopStack(stack)
    throw error
  }
  return stack
}

/**
 * Node flags for the bench's Medusa servers only (BENCH_SERVER_NODE_ARGS), e.g.
 * "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile where a scenario's time goes
 * (a profile is written when the server stops).
 */
function serverNodeArgs() {
  return (process.env.BENCH_SERVER_NODE_ARGS || "").split(/\s+/).filter(Boolean)
}

/**
 * Another `medusa start` on the bench's database, on loopback: `env` adds to
 * the store's environment, `args` to the command (e.g. --cluster 2). Its log
 * goes to .data/bench/<name>.log. Resolves once /health answers.
 */
async function startExtraStore(stack, { name, port, env = {}, args = [] }) {
  const log = fs.openSync(path.join(path.dirname(RESULT_FILE), `${name}.log`), "w")
  const child = spawn(process.execPath, [...serverNodeArgs(), MEDUSA_CLI, "start", "--host", "127.0.0.1", "--port", String(port), ...args], {
    cwd: APP_BUILD_DIR,
    env: { ...process.env, ...stack.env, PORT: String(port), ...env },
    stdio: ["ignore", log, log],
    detached: true,
  })
  stack.extra.push(child)
  recordRun([stack.server?.pid, ...stack.extra.map((c) => c.pid)])
  await waitForHealthy(`http://127.0.0.1:${port}/health`, { child })
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    stop: async () => {
      await stopChild(child)
      stack.extra = stack.extra.filter((c) => c !== child)
    },
  }
}

/** The bench's Redis (BENCH_REDIS_URL, default redis://127.0.0.1:6379/6), emptied, when one answers. */
async function benchRedis() {
  const url = process.env.BENCH_REDIS_URL || "redis://127.0.0.1:6379/6"
  const { hostname, port, pathname } = new URL(url)
  const db = Number(pathname.replace("/", "") || 0)
  const reply = await new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port || 6379) })
    const timer = setTimeout(() => (socket.destroy(), resolve(null)), 2000)
    let data = ""
    socket.once("error", () => (clearTimeout(timer), resolve(null)))
    socket.once("connect", () => socket.write(`SELECT ${db}\r\nFLUSHDB\r\n`))
    socket.on("data", (chunk) => {
      data += chunk.toString()
      if (data.split("\r\n").filter(Boolean).length >= 2) {
        clearTimeout(timer)
        socket.end()
        resolve(data)
      }
    })
  })
  return typeof reply === "string" && /\+OK[\s\S]*\+OK/.test(reply) ? url : null
}

async function stopStack(stack) {
  if (!stack) return
  for (const child of stack.extra ?? []) await stopChild(child)
  await stopChild(stack.server)
  await stack.database?.stop()
  clearRun()
}

function format(n, digits = 0) {
  return typeof n === "number" && Number.isFinite(n) ? n.toFixed(digits) : "–"
}

function printTable(rows) {
  const header = ["scenario", "path", "req/s", "p50 ms", "p99 ms", "requests", "errors", "non-2xx"]
  const body = rows.map((r) => [r.name, r.path ?? "", format(r.rps, 1), format(r.p50, 1), format(r.p99, 1), format(r.requests), format(r.errors), format(r.non2xx)])
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => String(b[i]).length)))
  const line = (cells) => cells.map((c, i) => (i >= 2 ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i]))).join("  ")
  console.log(bold(line(header)))
  for (const b of body) console.log(line(b))
}

/**
 * A scenario's goals: a ratio of two rows' req/s ({ row, over, atLeast }), a
 * row's own req/s ({ row, atLeast, unit }), or its p99 column ({ row, p99AtMost, label }:
 * label names what a scenario put in that column, e.g. the checkout's journey p95).
 */
function evaluateGoals(goals, rows) {
  const byName = new Map(rows.map((r) => [r.name, r]))
  return goals.map((goal) => {
    const row = byName.get(goal.row)
    if (goal.p99AtMost !== undefined) {
      const value = row ? row.p99 : null
      return { ...goal, value, met: value === null ? null : value <= goal.p99AtMost }
    }
    if (goal.over === undefined) {
      const value = row ? row.rps : null
      return { ...goal, value, met: value === null ? null : value >= goal.atLeast }
    }
    const over = byName.get(goal.over)
    const ratio = row && over && over.rps > 0 ? row.rps / over.rps : null
    return { ...goal, ratio, met: ratio === null ? null : ratio >= goal.atLeast }
  })
}

function describeGoal(g) {
  if (g.p99AtMost !== undefined) return `${g.label ? `${cyan("time")}  ${g.row} ${g.label}` : `${cyan("p99")}   ${g.row}`} = ${g.value === null ? "–" : g.value.toFixed(0)} ms (goal ≤ ${g.p99AtMost} ms)`
  if (g.over === undefined) return `${cyan("rate")}  ${g.row} = ${g.value === null ? "–" : g.value.toFixed(2)} ${g.unit ?? "req/s"} (goal ≥ ${g.atLeast})`
  return `${cyan("ratio")} ${g.row} / ${g.over} = ${g.ratio === null ? "–" : g.ratio.toFixed(2)}× (goal ≥ ${g.atLeast}×)`
}

async function main() {
  const options = parseArgs(process.argv.slice(2))
  if (options.help) {
    console.log("npm run bench -- [--duration s] [--warmup s] [--connections n] [--only name,name]")
    return
  }
  const port = Number(process.env.PORT || 9000)
  const baseUrl = process.env.BENCH_URL || `http://127.0.0.1:${port}`
  assertLoopback(baseUrl)
  const scenarios = await loadScenarios(options.only)
  if (!scenarios.length) throw new Error("no scenario selected")

  let stack = null
  const stop = async (code) => {
    await stopStack(stack)
    process.exit(code)
  }
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => stop(130))

  let key
  if (await answers(`${baseUrl}/health`)) {
    info(`using the store already running at ${baseUrl}`)
    key = await keyFromRunningStore(baseUrl)
  } else {
    if (process.env.BENCH_URL) throw new Error(`${baseUrl} does not answer /health`)
    stack = await startStack()
    key = await publishableKey(stack.env.DATABASE_URL)
  }

  try {
    const ctx = {
      baseUrl,
      publishableKey: key,
      // Only a database the bench started itself: scenarios may bulk-load data into it.
      databaseUrl: stack ? stack.env.DATABASE_URL : null,
      // More Medusa processes on the bench's own database (to compare set-ups side by side).
      startStore: stack ? (options) => startExtraStore(stack, options) : null,
      // A Redis the bench may empty and use (BENCH_REDIS_URL, default db 6 of a local Redis), or null.
      redisUrl: stack ? await benchRedis() : null,
      load: { connections: options.connections, durationMs: options.duration * 1000, warmupMs: options.warmup * 1000 },
      log: (m) => info(dim(m)),
    }
    const rows = []
    for (const scenario of scenarios) {
      const produced = await step(`Scenario ${scenario.name}: ${scenario.description ?? ""}`.trim(), () => scenario.run(ctx))
      rows.push(...produced)
    }

    const machine = `${os.cpus().length} cores (${os.cpus()[0]?.model?.trim() ?? "unknown CPU"}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, node ${process.version}, ${os.platform()}`
    console.log("")
    console.log(bold(`Bench ${new Date().toISOString()} — ${machine}`))
    console.log(dim(`${options.connections} connections, ${options.duration} s per row after ${options.warmup} s warm-up, Redis: ${process.env.REDIS_URL ? "yes" : "no"}`))
    console.log("")
    printTable(rows)

    const goals = evaluateGoals(
      scenarios.flatMap((s) => s.goals ?? []),
      rows
    )
    if (goals.length) {
      console.log("")
      for (const g of goals) {
        const verdict = g.met === null ? yellow("n/a") : g.met ? green("goal met") : red("goal missed")
        console.log(`${describeGoal(g)}: ${verdict}`)
      }
    }
    fs.mkdirSync(path.dirname(RESULT_FILE), { recursive: true })
    fs.writeFileSync(
      RESULT_FILE,
      JSON.stringify({ date: new Date().toISOString(), machine, options, rows, goals }, null, 2) + "\n"
    )
    console.log(dim(`\nresults written to ${path.relative(ROOT, RESULT_FILE)}`))
  } finally {
    await stopStack(stack)
  }
}

main().catch(async (error) => {
  fail(error.message)
  process.exit(1)
})
