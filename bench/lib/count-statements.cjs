// Counts the SQL statements a Medusa server sends, per HTTP route, for
// bench/checkout-ab.mjs (or any `medusa start`):
//
//   node bench/checkout-ab.mjs "counted|--require ./bench/lib/count-statements.cjs|STATEMENT_COUNT_FILE=/tmp/counted.json"
//
// A statement counts toward the request whose handling issued it (found
// through AsyncLocalStorage); one issued after that request's response was
// sent (the subscribers it set off: invoice, mail, recommendations, …) counts
// as "after <route>". Ids in paths become ":id". At exit the counts, with each
// statement's first 120 characters (literals and $n parameters as ?), go to
// STATEMENT_COUNT_FILE (default .data/bench/statements.json). A measuring aid
// only: never loaded by npm start or the tests.
"use strict"
const Module = require("node:module")
const path = require("node:path")
const { currentRoute, writeAtExit } = require("./request-scope.cjs")

const statements = {}
const file = process.env.STATEMENT_COUNT_FILE || path.join(process.cwd(), "..", "..", ".data", "bench", "statements.json")

function shape(text) {
  return String(text || "")
    .replace(/\s+/g, " ")
    .replace(/'[^']*'/g, "?")
    .replace(/\$\d+/g, "?")
    .trim()
    .slice(0, 120)
}

const patched = new WeakSet()
const load = Module._load
Module._load = function (request) {
  const loaded = load.apply(this, arguments)
  // Every copy of node-postgres (MikroORM may bring its own): count at Client#query.
  if (request === "pg" && loaded && loaded.Client && !patched.has(loaded.Client)) {
    patched.add(loaded.Client)
    const query = loaded.Client.prototype.query
    loaded.Client.prototype.query = function (config) {
      const key = currentRoute()
      const text = shape(typeof config === "string" ? config : config && config.text)
      const bucket = (statements[key] = statements[key] || { total: 0, by_statement: {} })
      bucket.total++
      bucket.by_statement[text] = (bucket.by_statement[text] || 0) + 1
      return query.apply(this, arguments)
    }
  }
  return loaded
}

writeAtExit(file, "count-statements", () => ({ statements }))
