import type { InteractionKind } from "../core/model"
import { pick, seededRandom } from "../core/random"

/**
 * A generated shop with planted structure, for the offline evaluation:
 * customer segments that prefer some categories and brands, bundles of
 * products bought together, a long-tailed popularity, and noise. The same
 * seed always gives the same shop.
 */

export type SyntheticProduct = { id: string; brand: string; category: string }
export type SyntheticInteraction = { actor: string; product_id: string; kind: InteractionKind; at: number }
export type SyntheticShop = { products: SyntheticProduct[]; histories: Map<string, SyntheticInteraction[]> }

export type SyntheticShopOptions = {
  seed: number
  products: number
  brands: number
  categories: number
  segments: number
  bundles: number
  customers: number
  /** shortest and longest history, in interactions */
  minHistory: number
  maxHistory: number
  /** share of interactions that ignore the segment (any product, by popularity) */
  noise: number
}

export const DEFAULT_SHOP: SyntheticShopOptions = {
  seed: 2026,
  products: 1500,
  brands: 60,
  categories: 15,
  segments: 12,
  bundles: 240,
  customers: 4000,
  minHistory: 4,
  maxHistory: 40,
  noise: 0.2,
}

export function generateShop(options: SyntheticShopOptions = DEFAULT_SHOP): SyntheticShop {
  const random = seededRandom(options.seed)
  const brands = Array.from({ length: options.brands }, (_, i) => `brand_${i}`)
  const categories = Array.from({ length: options.categories }, (_, i) => `cat_${i}`)
  const products: SyntheticProduct[] = Array.from({ length: options.products }, (_, i) => ({
    id: `prod_${String(i).padStart(5, "0")}`,
    brand: pick(random, brands),
    category: pick(random, categories),
  }))
  // Long-tailed popularity: a product's draw weight falls with its (shuffled) rank.
  const order = [...products]
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  const popularity = new Map(order.map((p, rank) => [p.id, 1 / Math.pow(rank + 1, 0.8)]))
  const weighted = (list: SyntheticProduct[]) => {
    const total = list.reduce((sum, p) => sum + (popularity.get(p.id) ?? 0), 0)
    return () => {
      let r = random() * total
      for (const p of list) {
        r -= popularity.get(p.id) ?? 0
        if (r <= 0) return p
      }
      return list[list.length - 1]
    }
  }
  const anyProduct = weighted(products)

  type Segment = { liked: (p: SyntheticProduct) => boolean; draw: () => SyntheticProduct; bundles: SyntheticProduct[][] }
  const segments: Segment[] = Array.from({ length: options.segments }, () => {
    const likedCategories = new Set([pick(random, categories), pick(random, categories)])
    const likedBrands = new Set([pick(random, brands), pick(random, brands), pick(random, brands)])
    const liked = (p: SyntheticProduct) => likedCategories.has(p.category) || likedBrands.has(p.brand)
    const pool = products.filter(liked)
    return { liked, draw: weighted(pool.length ? pool : products), bundles: [] }
  })
  for (let b = 0; b < options.bundles; b++) {
    const segment = segments[b % segments.length]
    const size = 2 + Math.floor(random() * 3)
    const bundle = new Set<SyntheticProduct>()
    while (bundle.size < size) bundle.add(segment.draw())
    segment.bundles.push([...bundle])
  }

  const histories = new Map<string, SyntheticInteraction[]>()
  let clock = Date.UTC(2026, 9, 1)
  for (let c = 0; c < options.customers; c++) {
    const actor = `customer:cus_${String(c).padStart(6, "0")}`
    const segment = pick(random, segments)
    const length = options.minHistory + Math.floor(Math.pow(random(), 1.5) * (options.maxHistory - options.minHistory + 1))
    const history: SyntheticInteraction[] = []
    const add = (p: SyntheticProduct, kind: InteractionKind) => history.push({ actor, product_id: p.id, kind, at: (clock += 1000 + Math.floor(random() * 60000)) })
    while (history.length < length) {
      const roll = random()
      if (roll < options.noise) {
        add(anyProduct(), random() < 0.8 ? "view" : "purchase")
      } else if (roll < options.noise + 0.3 && segment.bundles.length) {
        // A bundle: viewed one by one, then bought together (or wished for).
        const bundle = pick(random, segment.bundles)
        const kind: InteractionKind = random() < 0.6 ? "purchase" : random() < 0.5 ? "wishlist" : "view"
        for (const p of bundle) add(p, kind)
      } else {
        const r = random()
        add(segment.draw(), r < 0.7 ? "view" : r < 0.85 ? "wishlist" : "purchase")
      }
    }
    histories.set(actor, history.slice(0, length))
  }
  return { products, histories }
}
