// Times what MikroORM does on the event loop, per HTTP route and entity, for
// bench/checkout-ab.mjs or bench/checkout-steps.mjs:
//
//   BENCH_SERVER_NODE_ARGS="--require ./bench/lib/orm-timing.cjs" node bench/checkout-steps.mjs
//   node bench/orm-timing-report.mjs .data/bench/orm-timing.json
//
// Measured, with process.hrtime, around synchronous calls only (so the time is
// the main thread's, never a wait on PostgreSQL): building a query's SQL
// (QueryBuilder#toQuery, per statement type and entity), the synchronous part
// of the driver's find (fields, joins, where) and of its inserts and updates.
// A call counts toward the request that made it (bench/lib/request-scope.cjs).
// At exit the totals go to ORM_TIMING_FILE (default .data/bench/orm-timing.json).
// A measuring aid only: never loaded by npm start or the tests.
"use strict"
const Module = require("node:module")
const path = require("node:path")
const { currentRoute, writeAtExit } = require("./request-scope.cjs")

const timings = {}
const file = process.env.ORM_TIMING_FILE || path.join(process.cwd(), "..", "..", ".data", "bench", "orm-timing.json")

function record(what, started, sqlLength) {
  const key = `${currentRoute()} | ${what}`
  const entry = (timings[key] = timings[key] || { calls: 0, ms: 0, longest_sql: 0 })
  entry.calls++
  entry.ms += Number(process.hrtime.bigint() - started) / 1e6
  if (sqlLength > entry.longest_sql) entry.longest_sql = sqlLength
}

function timeSync(proto, method, label) {
  const original = proto[method]
  if (typeof original !== "function") return
  proto[method] = function (entityName) {
    const started = process.hrtime.bigint()
    try {
      return original.apply(this, arguments)
    } finally {
      const name = typeof entityName === "string" ? entityName : entityName && entityName.name
      record(`${label} ${name || "?"}`, started, 0)
    }
  }
}

const patched = new WeakSet()
const load = Module._load
Module._load = function (request) {
  const loaded = load.apply(this, arguments)
  if (request === "@mikro-orm/knex" && loaded && loaded.QueryBuilder && !patched.has(loaded.QueryBuilder)) {
    patched.add(loaded.QueryBuilder)
    const toQuery = loaded.QueryBuilder.prototype.toQuery
    loaded.QueryBuilder.prototype.toQuery = function () {
      const started = process.hrtime.bigint()
      const query = toQuery.apply(this, arguments)
      record(`sql ${this.type} ${this.mainAlias ? this.mainAlias.entityName : "?"}`, started, query && query.sql ? query.sql.length : 0)
      return query
    }
    for (const method of ["find", "nativeInsertMany", "nativeUpdateMany", "nativeUpdate", "nativeDelete"]) {
      timeSync(loaded.AbstractSqlDriver.prototype, method, `driver.${method}`)
    }
  }
  return loaded
}

writeAtExit(file, "orm-timing", () => ({ timings }))
