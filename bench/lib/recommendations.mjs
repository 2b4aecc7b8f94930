// Shared by the recommendation scenarios: the built plugin's code (the bench
// runs after the plugins are built), the bulk data load for the latency
// scenario, and a latency run that keeps every response time (for p95).
import autocannon from "autocannon"
import fs from "node:fs"
import { createRequire } from "node:module"
import path from "node:path"
import { fileURLToPath } from "node:url"
import { assertLoopback } from "./measure.mjs"

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..")
const BUILT = path.join(ROOT, "plugins", "recommendations", ".medusa", "server", "src")
const require = createRequire(import.meta.url)

/** A module of the built plugin, e.g. "lib/evaluation/evaluate". */
export function builtPlugin(file) {
  const full = path.join(BUILT, `${file}.js`)
  if (!fs.existsSync(full)) throw new Error(`${path.relative(ROOT, full)} is missing: run npm run build:plugins`)
  return require(full)
}

/** Runs autocannon and returns { p50, p95, p99, rps, requests, errors, non2xx } from every response time. */
export async function latencyRun({ url, connections, durationMs, setupRequest }) {
  assertLoopback(url)
  const times = []
  const own = []
  let non2xx = 0
  const onResponse = (_status, _body, _context, headers) => {
    const timing = /recommend;dur=([\d.]+)/.exec(String(headers?.["server-timing"] ?? ""))
    if (timing) own.push(Number(timing[1]))
  }
  const result = await new Promise((resolve, reject) => {
    const instance = autocannon(
      { url, connections, duration: durationMs / 1000, timeout: 30, requests: [{ method: "GET", setupRequest, onResponse }] },
      (error, res) => (error ? reject(error) : resolve(res))
    )
    instance.on("response", (_client, status, _bytes, ms) => {
      times.push(ms)
      if (status < 200 || status > 299) non2xx++
    })
  })
  times.sort((a, b) => a - b)
  own.sort((a, b) => a - b)
  const at = (list, q) => (list.length ? list[Math.min(list.length - 1, Math.floor(q * list.length))] : null)
  return {
    p50: at(times, 0.5),
    p95: at(times, 0.95),
    p99: at(times, 0.99),
    // the recommender's own time per request (Server-Timing), without Medusa's request pipeline
    ownP50: at(own, 0.5),
    ownP95: at(own, 0.95),
    rps: result.requests.average,
    requests: times.length,
    errors: result.errors + result.timeouts,
    non2xx,
  }
}

/**
 * The bench products' rows in the product index read model (published, priced, 95 % in stock). The
 * product index's own reconciliation (hourly, and on some product events) recomputes them from Medusa's
 * tables, where bench products have no variants (no stock, no price): the scenario writes them again
 * right before measuring.
 */
export async function writeBenchIndexRows(db, products) {
  await db.raw(
    `insert into product_index_entry (id, name, handle, price, currency_code, brand, brand_key, stock, search_text, sort_name, product_created_at)
     select 'prod_bench_' || lpad(g::text, 5, '0'), 'Bench product ' || g, 'bench-product-' || g,
            round((1 + (g * 7919 % 5000) / 100.0)::numeric, 2), 'eur', 'Bench brand ' || (g % 80), 'bench brand ' || (g % 80),
            case when g % 20 = 0 then 0 else 1 + g % 90 end, 'bench product ' || g, 'bench product ' || g,
            now() - (g || ' minutes')::interval
     from generate_series(1, ?::int) g
     on conflict (id) do update set price = excluded.price, brand = excluded.brand, brand_key = excluded.brand_key,
       stock = excluded.stock, deleted_at = null`,
    [products]
  )
}

/**
 * Generates the catalogue and interactions in SQL (generate_series, one
 * statement per table): `products` published products with brands,
 * categories and stock in Medusa's product table and the product index, and
 * `interactions` sources by `actors` shoppers in segments that prefer a
 * slice of the catalogue. Then the recommender's state is rebuilt from them.
 */
export async function loadBenchData(db, { products, interactions, actors, customers, log }) {
  const t0 = Date.now()
  await db.raw(`delete from product_category_product where product_id like 'prod_bench_%'`)
  await db.raw(`delete from product_index_entry where id like 'prod_bench_%'`)
  await db.raw(`delete from product where id like 'prod_bench_%'`)
  await db.raw(`delete from recommendation_source where source_id like 'bench_%'`)
  await db.raw(
    `insert into product (id, title, handle, status, metadata)
     select 'prod_bench_' || lpad(g::text, 5, '0'), 'Bench product ' || g, 'bench-product-' || g, 'published',
            case when g % 50 = 0 then '{"consumable": true}'::jsonb else null end
     from generate_series(1, ?::int) g`,
    [products]
  )
  await writeBenchIndexRows(db, products)
  const { rows: categories } = await db.raw(`select id from product_category where deleted_at is null order by id`)
  if (categories.length) {
    await db.raw(
      `insert into product_category_product (product_id, product_category_id)
       select 'prod_bench_' || lpad(g::text, 5, '0'), (?::text[])[1 + g % ?::int] from generate_series(1, ?::int) g`,
      [categories.map((c) => c.id), categories.length, products]
    )
  }
  await db.raw(`analyze product, product_index_entry, product_category_product`)
  log(`bench catalogue: ${products} products in ${((Date.now() - t0) / 1000).toFixed(1)} s`)

  // Shopper n is in segment n % 40, which prefers 400 products; 30 % of picks are anywhere (skewed to the head).
  // The logged-in bench customers come first (actor ids known), then anonymous ones.
  const t1 = Date.now()
  await db.raw(
    `insert into recommendation_source (source_id, actor, product_id, kind, weight, occurred_at)
     select 'bench_' || g, actor, 'prod_bench_' || lpad((1 + p)::text, 5, '0'), kind, weight, now() - random() * interval '60 days'
     from (
       select g,
              case when a < ?::int then 'customer:' || (?::text[])[1 + a] else 'customer:cus_bench_' || a end as actor,
              case when random() < 0.7 then (a % 40 * 125 + floor(power(random(), 2) * 400))::int % ?::int
                   else floor(power(random(), 3) * ?::int)::int end as p,
              r,
              case when r < 0.7 then 'view' when r < 0.85 then 'wishlist' else 'purchase' end as kind,
              case when r < 0.7 then 1 when r < 0.85 then 2 else 3 end as weight
       from (select g, g % ?::int as a, random() as r from generate_series(1, ?::int) g) s
     ) t`,
    [customers.length, customers.length ? customers : ["none"], products, products, actors, interactions]
  )
  log(`bench interactions: ${interactions} in ${((Date.now() - t1) / 1000).toFixed(1)} s`)
  const t2 = Date.now()
  const { rebuildAllInTransaction } = builtPlugin("modules/recommendations/pg-engine")
  await db.transaction((trx) => rebuildAllInTransaction(trx))
  const { rows } = await db.raw(
    `select (select count(*) from recommendation_pair)::int as pairs, (select count(*) from recommendation_neighbor)::int as neighbours,
            (select count(*) from recommendation_actor_item)::int as actor_items`
  )
  log(
    `recommender state rebuilt in ${((Date.now() - t2) / 1000).toFixed(1)} s: ${rows[0].actor_items} actor items, ` +
      `${rows[0].pairs} pairs, ${rows[0].neighbours} neighbour rows (total ${((Date.now() - t0) / 1000).toFixed(1)} s)`
  )
}
