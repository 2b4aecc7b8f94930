import type { RecommenderEvent } from "./events"
import type { InteractionKind } from "./model"
import { INTERACTION_KINDS } from "./model"
import { pick, seededRandom } from "./random"

export type RandomStreamOptions = {
  seed: number
  events: number
  products: number
  visitors: number
  customers: number
  /** Share of events that erase an actor (default 0.04). */
  eraseShare?: number
}

/**
 * A random event stream that exercises every rule: repeated sources,
 * removals of known and unknown sources, merges (also repeated and onto
 * customers with history), erasures, equal timestamps, out-of-order times.
 */
export function randomEventStream(options: RandomStreamOptions): RecommenderEvent[] {
  const random = seededRandom(options.seed)
  const products = Array.from({ length: options.products }, (_, i) => `prod_${String(i).padStart(3, "0")}`)
  const visitors = Array.from({ length: options.visitors }, (_, i) => `visitor:v${i}`)
  const customers = Array.from({ length: options.customers }, (_, i) => `customer:cus_${i}`)
  const actors = [...visitors, ...customers]
  const events: RecommenderEvent[] = []
  const recorded: Extract<RecommenderEvent, { type: "recorded" }>[] = []
  let clock = 1_700_000_000_000
  let nextSource = 0
  for (let n = 0; n < options.events; n++) {
    const roll = random()
    // Mostly forward in time, sometimes the same instant or a late delivery.
    clock += Math.floor(random() * 3) * 1000
    const at = random() < 0.1 ? clock - Math.floor(random() * 20) * 1000 : clock
    if (roll < 0.62 || recorded.length === 0) {
      const kind: InteractionKind = pick(random, INTERACTION_KINDS)
      const event = {
        type: "recorded" as const,
        actor: pick(random, actors),
        // A skewed product choice: some products are very common.
        product_id: products[Math.floor(Math.pow(random(), 1.8) * products.length)],
        kind,
        occurred_at: at,
        source_id: `src_${nextSource++}`,
      }
      events.push(event)
      recorded.push(event)
    } else if (roll < 0.72) {
      events.push({ ...pick(random, recorded) }) // the same delivery again
    } else if (roll < 0.84) {
      const known = pick(random, recorded)
      events.push({ type: "removed", actor: known.actor, product_id: known.product_id, kind: known.kind, source_id: known.source_id })
    } else if (roll < 0.87) {
      // A removal that arrives before (or instead of) its recording.
      const source_id = `src_${nextSource++}`
      events.push({ type: "removed", actor: pick(random, actors), product_id: pick(random, products), kind: "wishlist", source_id })
      if (random() < 0.5) {
        events.push({ type: "recorded", actor: pick(random, actors), product_id: pick(random, products), kind: "wishlist", occurred_at: at, source_id })
      }
    } else if (roll < 1 - (options.eraseShare ?? 0.04)) {
      events.push({ type: "merged", from: pick(random, visitors), to: pick(random, customers) })
    } else {
      events.push({ type: "erased", actor: pick(random, actors) })
    }
  }
  return events
}
