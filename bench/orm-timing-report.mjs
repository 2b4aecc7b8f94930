#!/usr/bin/env node
// Prints what bench/lib/orm-timing.cjs measured, per order, largest first:
//   node bench/orm-timing-report.mjs .data/bench/orm-timing.json [--top 40]
// "per order" divides by the number of POST /store/carts/:id/complete requests.
import fs from "node:fs"
import { parseArgs } from "node:util"

const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: "string", default: "40" } } })
const [file] = positionals
if (!file) throw new Error("usage: node bench/orm-timing-report.mjs <ORM_TIMING_FILE> [--top N]")
const { requests, timings } = JSON.parse(fs.readFileSync(file, "utf8"))
const orders = requests["POST /store/carts/:id/complete"] || 0
if (!orders) throw new Error(`${file} saw no cart completion`)
const rows = Object.entries(timings).map(([key, t]) => {
  const [route, what] = key.split(" | ")
  return { route, what, calls_per_order: +(t.calls / orders).toFixed(1), ms_per_order: +(t.ms / orders).toFixed(2), ms_per_call: +(t.ms / t.calls).toFixed(3), longest_sql: t.longest_sql }
})
const sqlTotal = rows.filter((r) => r.what.startsWith("sql ")).reduce((sum, r) => sum + r.ms_per_order, 0)
console.log(`${orders} orders; building SQL: ${sqlTotal.toFixed(1)} ms of the main thread per order`)
console.table(rows.sort((a, b) => b.ms_per_order - a.ms_per_order).slice(0, Number(values.top)))
