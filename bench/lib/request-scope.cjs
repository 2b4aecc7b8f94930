// Which HTTP request a piece of server work belongs to, for the measuring
// aids preloaded into a `medusa start` (count-statements.cjs, orm-timing.cjs).
// Work done after that request's response was sent (the subscribers it set
// off: invoice, mail, recommendations, …) is named "after <route>". Ids in
// paths become ":id". Never loaded by npm start or the tests.
"use strict"
const fs = require("node:fs")
const http = require("node:http")
const path = require("node:path")
const { AsyncLocalStorage } = require("node:async_hooks")

const requestScope = new AsyncLocalStorage()
/** Requests seen, per route. */
const requests = {}

/** "POST /store/carts/cart_01J…/complete" → "POST /store/carts/:id/complete". */
function routeOf(req) {
  const pathname = String(req.url || "").split("?")[0]
  return `${req.method} ${pathname.replace(/\/[a-z]+(?:_[a-z]+)*_[0-9A-HJKMNP-TV-Z]{26}(?=\/|$)/g, "/:id")}`
}

if (!http.Server.prototype.__shopRequestScope) {
  const emit = http.Server.prototype.emit
  http.Server.prototype.emit = function (event, req, res) {
    if (event !== "request") return emit.apply(this, arguments)
    const route = routeOf(req)
    requests[route] = (requests[route] || 0) + 1
    return requestScope.run({ route, res }, () => emit.apply(this, arguments))
  }
  http.Server.prototype.__shopRequestScope = true
}

/** The current request's route, "after <route>" once answered, or "(no request)". */
function currentRoute() {
  const scope = requestScope.getStore()
  return scope ? `${scope.res.writableEnded ? "after " : ""}${scope.route}` : "(no request)"
}

/** Writes `{ requests, ...data() }` to `file` when the server exits (`label` names the aid in an error). */
function writeAtExit(file, label, data) {
  process.on("exit", () => {
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true })
      fs.writeFileSync(file, JSON.stringify({ requests, ...data() }, null, 1))
    } catch (error) {
      process.stderr.write(`${label}: could not write ${file}: ${error.message}\n`)
    }
  })
}

module.exports = { requests, currentRoute, writeAtExit }
