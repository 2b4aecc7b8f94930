#!/usr/bin/env node
// Prints what bench/lib/count-statements.cjs counted, per order:
//   node bench/statements-report.mjs /tmp/counted.json [--detail]
// "per order" divides by the number of POST /store/carts/:id/complete requests.
import fs from "node:fs"

const [file, flag] = process.argv.slice(2)
if (!file) throw new Error("usage: node bench/statements-report.mjs <STATEMENT_COUNT_FILE> [--detail]")
const { requests, statements } = JSON.parse(fs.readFileSync(file, "utf8"))
const orders = requests["POST /store/carts/:id/complete"] || 0
if (!orders) throw new Error(`${file} counted no cart completion`)
const perOrder = (n) => (n / orders).toFixed(1).padStart(6)
const routes = Object.entries(statements).sort((a, b) => b[1].total - a[1].total)
console.log(`${orders} orders, ${perOrder(routes.reduce((t, [, r]) => t + r.total, 0)).trim()} statements per order`)
for (const [route, { total, by_statement }] of routes) {
  if (total / orders < 0.1) continue
  console.log(`${perOrder(total)}  ${route}`)
  if (flag !== "--detail") continue
  for (const [text, n] of Object.entries(by_statement).sort((a, b) => b[1] - a[1])) {
    if (n / orders >= 0.1) console.log(`        ${perOrder(n)}  ${text}`)
  }
}
