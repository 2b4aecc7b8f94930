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
const fs = require("node:fs")
const http = require("node:http")
const Module = require("node:module")
const path = require("node:path")
const { AsyncLocalStorage } = require("node:async_hooks")

const requestScope = new AsyncLocalStorage()
const requests = {}
const statements = {}
const file = process.env.STATEMENT_COUNT_FILE || path.join(process.cwd(), "..", "..", ".data", "bench", "statements.json")

/** "POST /store/carts/cart_01J…/complete" → "POST /store/carts/:id/complete". */
function routeOf(req) {
  const pathname = String(req.url || "").split("?")[0]
  return `${req.method} ${pathname.replace(/\/[a-z]+(?:_[a-z]+)*_[0-9A-HJKMNP-TV-Z]{26}(?=\/|$)/g, "/:id")}`
}

const emit = http.Server.prototype.emit
http.Server.prototype.emit = function (event, req, res) {
  if (event !== "request") return emit.apply(this, arguments)
  const route = routeOf(req)
  requests[route] = (requests[route] || 0) + 1
  return requestScope.run({ route, res }, () => emit.apply(this, arguments))
}

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
      const scope = requestScope.getStore()
      const key = scope ? `${scope.res.writableEnded ? "after " : ""}${scope.route}` : "(no request)"
      const text = shape(typeof config === "string" ? config : config && config.text)
      const bucket = (statements[key] = statements[key] || { total: 0, by_statement: {} })
      bucket.total++
      bucket.by_statement[text] = (bucket.by_statement[text] || 0) + 1
      return query.apply(this, arguments)
    }
  }
  return loaded
}

process.on("exit", () => {
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, JSON.stringify({ requests, statements }, null, 1))
  } catch (error) {
    process.stderr.write(`count-statements: could not write ${file}: ${error.message}\n`)
  }
})
