import { evaluateShop, OURS, randomUnseen } from "../evaluation/evaluate"
import type { SyntheticShop } from "../evaluation/synthetic-shop"
import { DEFAULT_SHOP, generateShop } from "../evaluation/synthetic-shop"
import { seededRandom } from "../core/random"

describe("offline evaluation on a generated shop (leave-last-out)", () => {
  const shop = generateShop({ ...DEFAULT_SHOP, products: 600, customers: 1200, bundles: 120 })

  it("the generator is seeded: the same seed gives the same shop", () => {
    const again = generateShop({ ...DEFAULT_SHOP, products: 600, customers: 1200, bundles: 120 })
    expect([...again.histories.entries()].slice(0, 50)).toEqual([...shop.histories.entries()].slice(0, 50))
  })

  it("our recommender as shipped: HR@10 at least twice the popularity baseline's, which beats random", () => {
    const scores = new Map(evaluateShop(shop).map((s) => [s.method, s]))
    const ours = scores.get(OURS)!
    const popularity = scores.get("popularity")!
    const random = scores.get("random")!
    expect(ours.users).toBeGreaterThan(500)
    expect(ours.hr10).toBeGreaterThanOrEqual(2 * popularity.hr10)
    expect(ours.ndcg10).toBeGreaterThan(popularity.ndcg10)
    expect(popularity.hr10).toBeGreaterThan(random.hr10)
    // 95 % bootstrap intervals bracket the mean
    expect(ours.hrInterval.low).toBeLessThanOrEqual(ours.hr10)
    expect(ours.hrInterval.high).toBeGreaterThanOrEqual(ours.hr10)
  })

  it("the random baseline ends for a user with fewer than 10 unseen products (it returns what is left)", () => {
    const all = Array.from({ length: 12 }, (_, i) => `p${i}`)
    const seen = new Set(all.slice(0, 10))
    expect(randomUnseen(all, seen, 10, seededRandom(1)).sort()).toEqual(["p10", "p11"])
    expect(randomUnseen(all, new Set(all), 10, seededRandom(1))).toEqual([])
    const drawn = randomUnseen(all, new Set(), 10, seededRandom(1))
    expect(new Set(drawn).size).toBe(10)

    // A whole evaluation of a 12-product shop whose customers touched 10 products each.
    const products = all.map((id) => ({ id, brand: "b", category: "c" }))
    const histories = new Map(
      Array.from({ length: 5 }, (_, u) => [
        `customer:${u}`,
        Array.from({ length: 11 }, (_, n) => ({ actor: `customer:${u}`, product_id: all[(u + n) % 12], kind: "view" as const, at: 1000 * (u * 20 + n) })),
      ])
    )
    const tiny: SyntheticShop = { products, histories }
    const scores = evaluateShop(tiny)
    expect(scores.find((s) => s.method === "random")!.users).toBe(5)
  })
})
