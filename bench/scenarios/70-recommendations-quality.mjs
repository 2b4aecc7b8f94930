// Offline evaluation of the recommender on a generated shop with planted
// structure (plugins/recommendations/src/lib/evaluation): leave-last-out,
// HR@10 and NDCG@10 for ours, a popularity baseline and random. Goal: HR@10 ≥ 2 × popularity.
// Synthetic data: the figures say the model finds planted structure, not how real shoppers behave.
import { builtPlugin } from "../lib/recommendations.mjs"

export default {
  name: "recommendations-quality",
  description: "offline evaluation on synthetic data: HR@10 / NDCG@10, ours vs popularity vs random",
  async run(ctx) {
    const { generateShop, DEFAULT_SHOP } = builtPlugin("lib/evaluation/synthetic-shop")
    const { evaluateShop } = builtPlugin("lib/evaluation/evaluate")
    const started = Date.now()
    const shop = generateShop(DEFAULT_SHOP)
    const interactions = [...shop.histories.values()].reduce((sum, h) => sum + h.length, 0)
    const scores = evaluateShop(shop)
    const width = Math.max(...scores.map((s) => s.method.length))
    console.log("")
    console.log(`Offline evaluation (synthetic shop, seed ${DEFAULT_SHOP.seed}: ${DEFAULT_SHOP.products} products, ` +
      `${DEFAULT_SHOP.customers} customers, ${interactions} interactions; leave-last-out, ${scores[0].users} test users)`)
    console.log(`${"method".padEnd(width)}  HR@10   NDCG@10`)
    for (const s of scores) console.log(`${s.method.padEnd(width)}  ${s.hr10.toFixed(3)}   ${s.ndcg10.toFixed(3)}`)
    const ours = scores[0]
    const popularity = scores.find((s) => s.method === "popularity")
    const ratio = ours.hr10 / popularity.hr10
    console.log(`HR@10 ours / popularity = ${ratio.toFixed(2)}× (goal ≥ 2×): ${ratio >= 2 ? "goal met" : "goal missed"}  [${((Date.now() - started) / 1000).toFixed(1)} s]`)
    ctx.log(`recommendations-quality: HR@10 ${ours.hr10.toFixed(3)} vs popularity ${popularity.hr10.toFixed(3)} (${ratio.toFixed(2)}×)`)
    return []
  },
}
