import type { MedusaContainer } from "@medusajs/framework/types"
import type { RecommenderState } from "../src/lib/core/memory-recommender"
import { recompute } from "../src/lib/core/memory-recommender"
import { randomEventStream } from "../src/lib/core/random-events"
import { RECOMMENDATIONS_MODULE } from "../src/modules/recommendations"
import type RecommendationsModuleService from "../src/modules/recommendations/service"
import { updateRecommendationsWorkflow } from "../src/workflows/update-recommendations"
import type { Db } from "../../../tests/helpers/http"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(300000)

const byId = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)

/** The persisted state in the shape of the in-memory one. */
async function persisted(db: Db) {
  const windows = (await db.raw(`select actor, product_id, counted_weight as w from recommendation_actor_item where counted_weight > 0`)).rows
  const pairs = (await db.raw(`select product_id, other_id, co from recommendation_pair`)).rows
  const norms = (await db.raw(`select product_id, norm2 from recommendation_item`)).rows
  const lists = (await db.raw(`select product_id, neighbor_id, score from recommendation_neighbor order by product_id, position`)).rows
  return {
    windows: windows.map((r) => `${r.actor} ${r.product_id} ${r.w}`).sort(byId),
    co: pairs.map((r) => `${r.product_id} ${r.other_id} ${r.co}`).sort(byId),
    norm2: norms.map((r) => `${r.product_id} ${r.norm2}`).sort(byId),
    neighbours: lists.map((r) => `${r.product_id} ${r.neighbor_id} ${Number(r.score).toFixed(12)}`),
  }
}

function inMemory(state: RecommenderState) {
  const ids = (m: Map<string, unknown>) => [...m.keys()].sort(byId)
  return {
    windows: [...state.windows].flatMap(([actor, w]) => [...w].map(([p, x]) => `${actor} ${p} ${x}`)).sort(byId),
    co: [...state.co].flatMap(([a, row]) => [...row].map(([b, x]) => `${a} ${b} ${x}`)).sort(byId),
    norm2: [...state.norm2].map(([p, x]) => `${p} ${x}`).sort(byId),
    neighbours: ids(state.neighbours).flatMap((id) =>
      (state.neighbours.get(id) ?? []).map((n) => `${id} ${n.product_id} ${n.score.toFixed(12)}`)
    ),
  }
}

shopIntegrationRunner({
  testSuite: ({ db, getContainer }) => {
    const service = (c: MedusaContainer): RecommendationsModuleService => c.resolve(RECOMMENDATIONS_MODULE)

    it("the persisted state after a random event stream equals the recomputation from the same events", async () => {
      const container = getContainer()
      // 70 products and few actors: windows fill up (50) and evict; merges, erasures, duplicates, early removals.
      const events = randomEventStream({ seed: 42, events: 1200, products: 70, visitors: 3, customers: 2, eraseShare: 0.003 })
      let noOps = 0
      for (const event of events) {
        const { result } = await updateRecommendationsWorkflow(container).run({ input: event })
        if (!result.applied) noOps++
      }
      expect(noOps).toBeGreaterThan(50) // the duplicates were recognised

      const reference = inMemory(recompute(events))
      const afterEvents = await persisted(db)
      expect(afterEvents.windows).toEqual(reference.windows)
      expect(afterEvents.co).toEqual(reference.co)
      expect(afterEvents.norm2).toEqual(reference.norm2)
      expect(Math.max(...afterEvents.windows.map((w) => w.split(" ")[0]).map((a, _, all) => all.filter((x) => x === a).length))).toBe(50)

      // Lists are ranked with partners' norms as of each item's last update; ranking all again gives the recomputation.
      await service(container).rankStale(100000)
      expect((await persisted(db)).neighbours).toEqual(reference.neighbours)

      // The SQL rebuild from the sources (an independent implementation) agrees too.
      await service(container).rebuildAll()
      expect(await persisted(db)).toEqual({ ...afterEvents, neighbours: reference.neighbours })
    })

    it("handling every event twice leaves the same state", async () => {
      const container = getContainer()
      const events = randomEventStream({ seed: 7, events: 300, products: 25, visitors: 3, customers: 2 })
      await db.raw(
        `truncate recommendation_source, recommendation_actor_item, recommendation_pair, recommendation_item, recommendation_neighbor, recommendation_item_day`
      )
      for (const event of events) {
        await updateRecommendationsWorkflow(container).run({ input: event })
        const { result } = await updateRecommendationsWorkflow(container).run({ input: event })
        expect(result).toEqual({ applied: false, touched: [] })
      }
      await service(container).rankStale(100000)
      expect(await persisted(db)).toEqual(inMemory(recompute(events)))
      const days = (await db.raw(`select sum(purchases)::int as p, sum(wishlists)::int as w, sum(views)::int as v from recommendation_item_day`)).rows[0]
      const sources = (
        await db.raw(
          `select count(*) filter (where kind = 'purchase')::int as p, count(*) filter (where kind = 'wishlist')::int as w, count(*) filter (where kind = 'view')::int as v
           from recommendation_source where removed_at is null`
        )
      ).rows[0]
      expect(days).toEqual(sources)
    })
  },
})
