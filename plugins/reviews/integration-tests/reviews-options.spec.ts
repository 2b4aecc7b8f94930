import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { ShopClient } from "../../../tests/helpers/order-fixtures"
import { openShop, registerCustomer } from "../../../tests/helpers/order-fixtures"
import { buyWithCard, productByHandle, review } from "./helpers"

jest.setTimeout(240000)

// The plugin options (here through their environment fallbacks):
// allowUnverified and autoApproveMinRating.
medusaIntegrationTestRunner({
  env: { REVIEWS_ALLOW_UNVERIFIED: "true", REVIEWS_AUTO_APPROVE_MIN_RATING: "4" },
  testSuite: ({ api, getContainer, dbConnection }) => {
    let client: ShopClient

    beforeAll(async () => {
      client = await openShop(api, getContainer(), dbConnection)
    })

    it("takes unverified reviews without the badge, and auto-approves ratings at or above the threshold", async () => {
      const carrots = await productByHandle(client, "organic-carrots")
      const reader = await registerCustomer(client, "reader")
      const buyer = await registerCustomer(client, "buyer")
      await buyWithCard(client, buyer, "organic-carrots")

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
