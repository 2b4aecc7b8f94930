// Offline evaluation of the recommender (plugins/recommendations/src/lib/evaluation/evaluate.ts) on real
// data — MovieLens ratings as Debian's r-cran-dslabs ships them (bench/lib/movielens.mjs) — and on the
// generated shop (a fast smoke check: planted structure). Temporal leave-last-out and last-5, ranking all
// items the user has not touched; HR@10 and NDCG@10 with 95 % bootstrap intervals. Settings (ours: the
// query; EASE^R: λ) are chosen on the validation split (each user's second-to-last item), never on the test
// split. "Ours" is what the store ships: recommendForYou with SHIPPED_SETTINGS.
// Goal (real data, leave-last-out test): ours ≥ EASE^R on HR@10 and NDCG@10, and ≥ 2 × popularity.
import { ease, itemKnn, trainingMatrix } from "../lib/rec-baselines.mjs"
import { loadMovielens } from "../lib/movielens.mjs"
import { builtPlugin } from "../lib/recommendations.mjs"

const LAMBDAS = (process.env.BENCH_REC_EASE_LAMBDAS || "50,200,800").split(",").map(Number)
// BENCH_REC_DATASETS=movielens,synthetic (default both)
const DATASETS = new Set((process.env.BENCH_REC_DATASETS || "movielens,synthetic").split(","))

const fmt = (i) => `${i.mean.toFixed(3)} [${i.low.toFixed(3)}, ${i.high.toFixed(3)}]`

function describeSettings(s) {
  return `seeds ${s.seeds}, half-life ${s.seedHalfLife}, cf ${s.weights.cf}, affinity ${s.weights.affinity}, popularity ${s.weights.popularity}, viewed return ${s.repeatViewed}`
}

/** The query settings grid searched on validation (the model's sizes stay the shipped ones). */
function settingsGrid(shipped) {
  const grid = []
  for (const seeds of [5, 10, 20, 50])
    for (const seedHalfLife of [Infinity, 3, 10])
      for (const affinity of [0, 0.35])
        for (const popularity of [0, 0.15, 0.5]) grid.push({ ...shipped, seeds, seedHalfLife, weights: { cf: 1, affinity, popularity } })
  return grid
}

function evaluateDataset(ev, shipped, name, data, { tune }, log) {
  const t0 = Date.now()
  const productIds = data.products.map((p) => p.id)
  const out = { name, rows: {}, tuned: null, lambda: null }

  // Validation: choose ours' query settings (real data only) and EASE^R's λ by NDCG@10.
  const validation = ev.splitData(data, { holdOut: 1, validation: true })
  const valEngine = ev.trainEngine(validation)
  let best = { settings: shipped, score: ev.scoreMethod("ours", validation, ev.oursMethod(data, validation, valEngine, shipped)) }
  out.shippedOnValidation = best.score
  if (tune) {
    for (const settings of settingsGrid(shipped)) {
      const score = ev.scoreMethod("ours", validation, ev.oursMethod(data, validation, valEngine, settings))
      if (score.ndcg10 > best.score.ndcg10) best = { settings, score }
    }
  }
  out.tuned = best
  out.searched = tune
  const valMatrix = trainingMatrix(validation, productIds)
  let bestLambda = { lambda: LAMBDAS[0], ndcg: -1 }
  for (const lambda of LAMBDAS) {
    const s = ev.scoreMethod("ease", validation, ease(valMatrix, lambda))
    log(`  ${name}: EASE^R λ=${lambda} on validation: NDCG@10 ${s.ndcg10.toFixed(4)}`)
    if (s.ndcg10 > bestLambda.ndcg) bestLambda = { lambda, ndcg: s.ndcg10 }
  }
  out.lambda = bestLambda.lambda
  log(`  ${name}: validation done in ${((Date.now() - t0) / 1000).toFixed(0)} s`)

  for (const [protocol, holdOut] of [["leave-last-out", 1], ["last-5", 5]]) {
    const split = ev.splitData(data, { holdOut, validation: false })
    const engine = ev.trainEngine(split)
    const matrix = trainingMatrix(split, productIds)
    const rows = [
      ev.scoreMethod("random", split, ev.randomMethod(data)),
      ev.scoreMethod("popularity", split, ev.popularityMethod(split)),
      ev.scoreMethod("item-kNN (cosine, full history)", split, itemKnn(matrix)),
      ev.scoreMethod(`EASE^R (λ=${out.lambda} from validation)`, split, ease(matrix, out.lambda)),
      ev.scoreMethod("ours as shipped", split, ev.oursMethod(data, split, engine, shipped)),
      ev.scoreMethod("ours, viewed items may return", split, ev.oursMethod(data, split, engine, { ...shipped, repeatViewed: true })),
    ]
    if (describeSettings(best.settings) !== describeSettings(shipped)) rows.push(ev.scoreMethod("ours, best settings on validation", split, ev.oursMethod(data, split, engine, best.settings)))
    out.rows[protocol] = rows
  }
  out.seconds = (Date.now() - t0) / 1000
  return out
}

function print(result, counts) {
  console.log("")
  console.log(`${result.name}: ${counts}`)
  console.log(`  ours as shipped: ${describeSettings(result.shipped)}`)
  const shippedVal = `validation NDCG@10 of the shipped settings ${result.shippedOnValidation.ndcg10.toFixed(4)}`
  console.log(
    result.searched
      ? `  ${shippedVal}; best of the grid ${result.tuned.score.ndcg10.toFixed(4)} (${describeSettings(result.tuned.settings)})`
      : `  ${shippedVal} (no search here: the shipped settings are chosen on the real data)`
  )
  for (const [protocol, rows] of Object.entries(result.rows)) {
    const width = Math.max(...rows.map((r) => r.method.length))
    console.log(`  ${protocol} (test split, ${rows[0].users} users; 95 % bootstrap intervals)`)
    console.log(`  ${"method".padEnd(width)}  HR@10                  NDCG@10`)
    for (const r of rows) console.log(`  ${r.method.padEnd(width)}  ${fmt(r.hrInterval).padEnd(21)}  ${fmt(r.ndcgInterval)}`)
  }
}

function goals(result) {
  const rows = result.rows["leave-last-out"]
  const ours = rows.find((r) => r.method === "ours as shipped")
  const pop = rows.find((r) => r.method === "popularity")
  const easeRow = rows.find((r) => r.method.startsWith("EASE"))
  const vsPop = ours.hr10 / pop.hr10
  const met = ours.hr10 >= easeRow.hr10 && ours.ndcg10 >= easeRow.ndcg10 && vsPop >= 2
  return (
    `ours HR@10 ${ours.hr10.toFixed(3)} / NDCG@10 ${ours.ndcg10.toFixed(3)} vs EASE^R ${easeRow.hr10.toFixed(3)} / ${easeRow.ndcg10.toFixed(3)}, ` +
    `${vsPop.toFixed(2)}× popularity's HR@10 (goal: ≥ EASE^R on both, ≥ 2× popularity): ${met ? "goal met" : "goal missed"}`
  )
}

export async function runQuality(log = console.log) {
  const ev = builtPlugin("lib/evaluation/evaluate")
  const { SHIPPED_SETTINGS } = builtPlugin("lib/core/recommend")
  const summary = []
  if (DATASETS.has("movielens")) {
    const ml = loadMovielens()
    const result = evaluateDataset(ev, SHIPPED_SETTINGS, "Real data — " + ml.name, ml.data, { tune: true }, log)
    result.shipped = SHIPPED_SETTINGS
    print(result, `${ml.counts.products} movies, ${ml.counts.users} users, ${ml.counts.interactions} ratings as views (of ${ml.counts.ratings}) [${result.seconds.toFixed(0)} s]`)
    const line = `real data, leave-last-out: ${goals(result)}`
    console.log(`  ${line}`)
    summary.push(line)
  }
  if (DATASETS.has("synthetic")) {
    const { generateShop, DEFAULT_SHOP } = builtPlugin("lib/evaluation/synthetic-shop")
    const shop = generateShop(DEFAULT_SHOP)
    const data = ev.shopDataset(shop)
    const interactions = [...shop.histories.values()].reduce((s, h) => s + h.length, 0)
    const result = evaluateDataset(ev, SHIPPED_SETTINGS, `Synthetic shop (smoke check, seed ${DEFAULT_SHOP.seed})`, data, { tune: false }, log)
    result.shipped = SHIPPED_SETTINGS
    print(result, `${DEFAULT_SHOP.products} products, ${DEFAULT_SHOP.customers} customers, ${interactions} interactions [${result.seconds.toFixed(0)} s]`)
    const line = `synthetic, leave-last-out: ${goals(result)}`
    console.log(`  ${line}`)
    summary.push(line)
  }
  return summary
}

export default {
  name: "recommendations-quality",
  description: "offline evaluation on MovieLens (Debian r-cran-dslabs) and a synthetic shop: ours vs random, popularity, item-kNN, EASE^R",
  async run(ctx) {
    for (const line of await runQuality(ctx.log)) ctx.log(`recommendations-quality: ${line}`)
    return []
  },
}
