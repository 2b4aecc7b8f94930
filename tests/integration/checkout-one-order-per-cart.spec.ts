import { Shopper, TEST_CARDS } from "../helpers/checkout"
import type { StoreFixture } from "../helpers/store-fixtures"
import { count, seedStore, variantBySku } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(300000)

/**
 * What peers get wrong under concurrency (Vendure #3508): one cart completed
 * twice. Single process here; the two-process Redis variant is tests/scale
 * (npm run test:scale). Its own suite, so no other test's work is in flight.
 */
shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let store: StoreFixture

    beforeAll(async () => {
      store = await seedStore(getContainer(), db)
    })

    it("20 concurrent completions of one cart give exactly one order and one authorization", async () => {
      const { variant_id } = await variantBySku(db, "GOLDEN-KIWI")
      const shopper = new Shopper(http, store.publishableKey)
      await shopper.fillCart(store.regionId, variant_id)
      await shopper.payWithCard(TEST_CARDS.authorized)

      const answers = await Promise.all(Array.from({ length: 20 }, () => shopper.complete()))

      const orders = answers.filter((r) => r.status === 200 && r.data.type === "order")
      const others = answers.filter((r) => !(r.status === 200 && r.data.type === "order"))
      expect(orders.length).toBeGreaterThanOrEqual(1)
      expect(new Set(orders.map((r) => r.data.order.id)).size).toBe(1)
      // The rest are Medusa's "already being completed" conflict, never a 5xx.
      for (const r of others) {
        expect(r.status).toBe(409)
      }
      expect(await count(db, `select 1 from "order"`)).toBe(1)
      expect(await count(db, "select 1 from order_cart where cart_id = ? and deleted_at is null", [shopper.cartId])).toBe(1)
      expect(await count(db, "select 1 from payment")).toBe(1)
      expect(await count(db, "select 1 from payment_session where authorized_at is not null")).toBe(1)
      expect((await variantBySku(db, "GOLDEN-KIWI")).reserved).toBe(1)

      // A later completion returns the same order.
      const again = await shopper.complete()
      expect(again.status).toBe(200)
      expect(again.data.order.id).toBe(orders[0].data.order.id)
    })
  },
})
