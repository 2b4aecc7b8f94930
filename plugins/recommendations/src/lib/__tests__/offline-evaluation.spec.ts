import { evaluateShop } from "../evaluation/evaluate"
import { DEFAULT_SHOP, generateShop } from "../evaluation/synthetic-shop"

describe("offline evaluation on a generated shop (leave-last-out)", () => {
  const shop = generateShop({ ...DEFAULT_SHOP, products: 600, customers: 1200, bundles: 120 })

  it("the generator is seeded: the same seed gives the same shop", () => {
    const again = generateShop({ ...DEFAULT_SHOP, products: 600, customers: 1200, bundles: 120 })
    expect([...again.histories.entries()].slice(0, 50)).toEqual([...shop.histories.entries()].slice(0, 50))
  })

  it("our recommender's HR@10 is at least twice the popularity baseline's, which beats random", () => {
    const scores = new Map(evaluateShop(shop).map((s) => [s.method, s]))
    const ours = scores.get("ours: item-to-item CF + affinity + popularity")!
    const popularity = scores.get("popularity")!
    const random = scores.get("random")!
    expect(ours.users).toBeGreaterThan(500)
    expect(ours.hr10).toBeGreaterThanOrEqual(2 * popularity.hr10)
    expect(ours.ndcg10).toBeGreaterThan(popularity.ndcg10)
    expect(popularity.hr10).toBeGreaterThan(random.hr10)
  })
})
