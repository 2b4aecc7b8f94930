#!/usr/bin/env node
// Alternates set-ups of the store under the checkout scenario, on the bench's
// own database, and prints where each order's CPU went.
//
//   npm run bench -- --only checkout          # once: builds, seeds .data/bench/postgres
//   node bench/checkout-ab.mjs --rounds 3 "base" "medusa||SHOP_CHECKOUT_LEAN=off"
//
// A set-up is "label|node flags|ENV=value ...|medusa start flags", e.g.
//   "semi64|--max-semi-space-size=64"
//   "counted|--require ./bench/lib/count-statements.cjs|STATEMENT_COUNT_FILE=/tmp/counted.json"
//   "cluster||REDIS_URL=redis://127.0.0.1:6379/7 REDIS_NAMESPACE=ab|--cluster 2"
// Rounds run the set-ups one after the other (A B A B …): on this 2-core VM
// identical runs differ by up to ±15 % as the host's speed drifts, so only
// set-ups measured in the same rounds compare. Each run: a fresh `medusa start`
// on 127.0.0.1:$BENCH_AB_PORT (9400), 10 s of unmeasured journeys, ANALYZE,
// then 60 s (BENCH_CHECKOUT_SECONDS) of 20 shoppers (BENCH_CHECKOUT_SHOPPERS).
// CPU comes from /proc: the server's process tree, its main thread alone,
// PostgreSQL's processes, this process (the load generator) and the idle share.
import { execFileSync } from "node:child_process"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { parseArgs } from "node:util"
import { ROOT } from "../bin/lib/paths.mjs"
import { publishableKey } from "../bin/lib/stack.mjs"
import { percentile, runCheckoutScenario } from "../tests/load/checkout-scenario.mjs"
import { openBenchDatabase, startBenchServer } from "./lib/bench-server.mjs"
import { postgresPids, processes, sum, ticks, TICKS_PER_SECOND } from "./lib/proc-cpu.mjs"

const pg = createRequire(path.join(ROOT, "package.json"))("pg")

const { values: options, positionals } = parseArgs({
  allowPositionals: true,
  options: { rounds: { type: "string", default: "1" } },
})
const rounds = Number(options.rounds)
if (!Number.isInteger(rounds) || rounds < 1 || rounds > 10) throw new Error("--rounds must be 1…10")
if (!positionals.length) throw new Error('name at least one set-up, e.g. "base" "semi64|--max-semi-space-size=64"')
const setups = positionals.map(parseSetup)
const port = Number(process.env.BENCH_AB_PORT || 9400)
const shoppers = Number(process.env.BENCH_CHECKOUT_SHOPPERS || 20)
const seconds = Number(process.env.BENCH_CHECKOUT_SECONDS || 60)
if (!(seconds > 0 && seconds <= 300)) throw new Error("BENCH_CHECKOUT_SECONDS must be within 1…300")

function parseSetup(text) {
  const [label, nodeFlags = "", envText = "", cliFlags = ""] = text.split("|")
  if (!/^[\w.-]+$/.test(label)) throw new Error(`set-up label "${label}": letters, digits, . _ - only`)
  const words = (s) => s.split(/\s+/).filter(Boolean)
  const env = Object.fromEntries(
    words(envText).map((pair) => {
      const at = pair.indexOf("=")
      if (at < 1) throw new Error(`set-up ${label}: "${pair}" is not ENV=value`)
      return [pair.slice(0, at), pair.slice(at + 1)]
    })
  )
  return { label, nodeFlags: words(nodeFlags), env, cliFlags: words(cliFlags) }
}

/** The pid and every descendant of it (a clustered server forks its workers). */
function tree(root) {
  const all = processes()
  const pids = new Set([root])
  for (let grew = true; grew; ) {
    grew = false
    for (const p of all) {
      if (!pids.has(p.pid) && pids.has(p.parent)) {
        pids.add(p.pid)
        grew = true
      }
    }
  }
  return [...pids]
}

function machine() {
  const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0].split(/\s+/).slice(1).map(Number)
  return { idle: cpu[3] + cpu[4], all: cpu.reduce((a, b) => a + b, 0) }
}

async function analyze(url) {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    await client.query("analyze")
  } finally {
    await client.end()
  }
}

async function runOnce(setup, { database, key }) {
  if (setup.env.REDIS_URL) execFileSync("redis-cli", ["-u", setup.env.REDIS_URL, "flushdb"], { stdio: "ignore" })
  const server = await startBenchServer({
    database,
    port,
    logName: `ab-${setup.label}`,
    nodeFlags: setup.nodeFlags,
    env: setup.env,
    cliFlags: setup.cliFlags,
  })
  const child = server.child
  try {
    const shop = { baseUrl: `http://127.0.0.1:${port}`, publishableKey: key, concurrency: shoppers, restockTo: 5000 }
    await runCheckoutScenario({ ...shop, durationMs: 10000 })
    await analyze(database.url)

    const serverPids = tree(child.pid)
    const postgres = postgresPids()
    const mainThread = `/proc/${child.pid}/task/${child.pid}/stat`
    const before = { server: sum(serverPids), main: ticks(mainThread), postgres: sum(postgres), machine: machine(), self: process.cpuUsage() }
    const result = await runCheckoutScenario({ ...shop, durationMs: seconds * 1000 })
    const after = { server: sum(serverPids), main: ticks(mainThread), postgres: sum(postgres), machine: machine() }
    const self = process.cpuUsage(before.self)

    const orders = Math.max(1, result.orders)
    const elapsed = result.elapsedMs / 1000
    const msPerOrder = (delta) => Math.round(((delta / TICKS_PER_SECOND) * 1000) / orders)
    return {
      setup: setup.label,
      orders_per_s: Number(result.ordersPerSecond.toFixed(2)),
      journey_p50_ms: Math.round(result.journeyP50),
      journey_p95_ms: Math.round(result.journeyP95),
      errors: result.errors,
      oversold: result.oversell,
      server_ms_per_order: msPerOrder(after.server - before.server),
      main_thread_busy_pct: Math.round((((after.main - before.main) / TICKS_PER_SECOND) / elapsed) * 100),
      postgres_ms_per_order: msPerOrder(after.postgres - before.postgres),
      load_ms_per_order: Math.round((self.user + self.system) / 1000 / orders),
      idle_pct: Math.round(((after.machine.idle - before.machine.idle) / (after.machine.all - before.machine.all)) * 100),
    }
  } finally {
    await server.stop()
  }
}

const database = await openBenchDatabase()
const results = []
try {
  const key = await publishableKey(database.url)
  for (let round = 1; round <= rounds; round++) {
    for (const setup of setups) {
      const row = await runOnce(setup, { database, key })
      results.push(row)
      console.log(JSON.stringify({ round, ...row }))
    }
  }
} finally {
  await database.stop?.()
}

console.log(`\nmedians over ${rounds} round(s), ${shoppers} shoppers × ${seconds} s each:`)
console.table(
  setups.map(({ label }) => {
    const rows = results.filter((r) => r.setup === label)
    const median = (field) => percentile(rows.map((r) => r[field]), 50)
    return {
      setup: label,
      "orders/s": median("orders_per_s"),
      "journey p95 ms": median("journey_p95_ms"),
      "server ms/order": median("server_ms_per_order"),
      "main thread %": median("main_thread_busy_pct"),
      "PostgreSQL ms/order": median("postgres_ms_per_order"),
      "idle %": median("idle_pct"),
      oversold: Math.max(...rows.map((r) => r.oversold)),
    }
  })
)
