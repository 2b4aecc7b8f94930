import { placeOrder, TEST_CARDS } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import { openShop, productByHandle } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { review } from "./helpers"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(240000)

// The plugin options (here through their environment fallbacks):
// allowUnverified and autoApproveMinRating.
shopIntegrationRunner({
  env: { REVIEWS_ALLOW_UNVERIFIED: "true", REVIEWS_AUTO_APPROVE_MIN_RATING: "4" },
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
    })

    it("takes unverified reviews without the badge, and auto-approves ratings at or above the threshold", async () => {
      const carrots = await productByHandle(client, "organic-carrots")
      const reader = await registerCustomer(client, "reader")
      const buyer = await registerCustomer(client, "buyer")
      await placeOrder(client, { customer: buyer, items: [{ handle: "organic-carrots" }], card: TEST_CARDS.authorized })

      const unverified = await client.store("post", `/store/products/${carrots.id}/reviews`, {
        token: reader.token,
        body: review({ rating: 5 }),
      })
      expect(unverified.status).toBe(201)
      expect(unverified.data.review).toMatchObject({ verified_purchase: false, status: "approved" })

      const low = await client.store("post", `/store/products/${carrots.id}/reviews`, { token: buyer.token, body: review({ rating: 3 }) })
      expect(low.status).toBe(201)
      expect(low.data.review).toMatchObject({ verified_purchase: true, status: "pending" })

      const list = await client.store("get", `/store/products/${carrots.id}/reviews`)
      expect(list.data.reviews.map((r: { verified_purchase: boolean }) => r.verified_purchase)).toEqual([false])
      expect(list.data.aggregate).toMatchObject({ average: 5, count: 1 })

      // editing a rating up to the threshold approves it at once; down, it waits again
      const up = await client.store("post", `/store/reviews/${low.data.review.id}`, { token: buyer.token, body: { rating: 4 } })
      expect(up.data.review.status).toBe("approved")
      expect((await client.store("get", `/store/products/${carrots.id}/reviews`)).data.aggregate).toMatchObject({ average: 4.5, count: 2 })
      const down = await client.store("post", `/store/reviews/${low.data.review.id}`, { token: buyer.token, body: { rating: 2 } })
      expect(down.data.review.status).toBe("pending")
      expect((await client.store("get", `/store/products/${carrots.id}/reviews`)).data.aggregate).toMatchObject({ average: 5, count: 1 })
    })
  },
})
