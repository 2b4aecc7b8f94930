import { Shopper, TEST_CARDS } from "../helpers/checkout"
import type { HttpResponse } from "../helpers/http"
import type { StoreFixture } from "../helpers/store-fixtures"
import { count, seedStore, setStock, variantBySku } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(600000)

/**
 * What peers get wrong under concurrency (Saleor #543): stock sold twice.
 * Single process here; the two-process Redis variant is tests/scale
 * (npm run test:scale). Its own suite, so no other test's work is in flight.
 */
shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let store: StoreFixture

    beforeAll(async () => {
      store = await seedStore(getContainer(), db)
    })

    it("30 shoppers racing for 5 units: exactly 5 orders, stock 0, the others a clear out-of-stock error", async () => {
      const SKU = "GOLDEN-KIWI"
      await setStock(http, db, SKU, 5)
      const { variant_id, inventory_item_id } = await variantBySku(db, SKU)

      const shoppers = Array.from({ length: 30 }, () => new Shopper(http, store.publishableKey))
      // Every cart is filled while the 5 units are still free (add-to-cart only checks, it does not reserve).
      // Four at a time: the race is the completion below, not the filling.
      for (let i = 0; i < shoppers.length; i += 4) {
        await Promise.all(
          shoppers.slice(i, i + 4).map(async (shopper) => {
            await shopper.fillCart(store.regionId, variant_id)
            await shopper.payWithCard(TEST_CARDS.authorized)
          })
        )
      }

      const answers: HttpResponse[] = await Promise.all(shoppers.map((s) => s.complete()))

      const won = answers.filter((r) => r.status === 200 && r.data.type === "order")
      const lost = answers.filter((r) => !(r.status === 200 && r.data.type === "order"))
      expect(won).toHaveLength(5)
      expect(lost).toHaveLength(25)
      for (const r of lost) {
        expect(r.status).toBe(400)
        expect(r.data.type).toBe("not_allowed")
        // Sold out before its completion started (the validate hook, naming the product),
        // or while it was racing (Medusa's reservation under the lock).
        expect(r.data.message).toMatch(/^Out of stock: "Golden Kiwi \(4 Pack\)" \(0 left, 1 wanted\)|^Not enough stock available/)
      }

      const level = await variantBySku(db, SKU)
      expect(level.stocked).toBe(5)
      expect(level.reserved).toBe(5)
      expect(await count(db, "select 1 from reservation_item where inventory_item_id = ? and deleted_at is null", [inventory_item_id])).toBe(5)
      expect(await count(db, `select 1 from "order"`)).toBe(5)
      // Only the winners were charged: losers fail before authorization.
      expect(await count(db, "select 1 from payment")).toBe(5)

      const products = await http.get(
        `/store/products?handle=golden-kiwi&region_id=${store.regionId}&fields=+variants.inventory_quantity`,
        { headers: { "x-publishable-api-key": store.publishableKey } }
      )
      expect(products.data.products[0].variants[0].inventory_quantity).toBe(0)

      // The losers' carts stay open for another try.
      const open = await count(db, "select 1 from cart where id = any(?) and completed_at is null", [shoppers.map((s) => s.cartId)])
      expect(open).toBe(25)

      // A loser trying again, and a new shopper, are told plainly, with the product's name.
      const loser = shoppers[answers.findIndex((r) => r.status === 400)]
      const again = await loser.complete()
      expect(again.status).toBe(400)
      expect(again.data.message).toBe('Out of stock: "Golden Kiwi (4 Pack)" (0 left, 1 wanted). Remove it or lower the quantity.')
      const late = new Shopper(http, store.publishableKey)
      await late.createCart(store.regionId)
      const add = await late.addItem(variant_id)
      expect(add.status).toBe(400)
    })
  },
})
