import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import seed from "../../src/scripts/seed"
import type { HttpClient, StoreFixture } from "../support/checkout"
import { Shopper, TEST_CARDS, adminHeaders, adminToken, expectStatus, storeFixture, variantBySku } from "../support/checkout"

jest.setTimeout(180000)

type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, unknown>[] }> }

// medusa-config.ts reads the provider's capture mode when the app boots (in beforeAll).
const previousCapture = process.env.MOCK_CARD_CAPTURE
process.env.MOCK_CARD_CAPTURE = "automatic"
afterAll(() => {
  if (previousCapture === undefined) delete process.env.MOCK_CARD_CAPTURE
  else process.env.MOCK_CARD_CAPTURE = previousCapture
})

const SKU = "GOLDEN-KIWI"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer, dbConnection }) => {
    const http = api as unknown as HttpClient
    const db = dbConnection as unknown as Knex
    let store: StoreFixture

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      store = await storeFixture(db)
    })

    async function placeOrder(number: string) {
      const { variant_id } = await variantBySku(db, SKU)
      const shopper = new Shopper(http, store.publishableKey)
      await shopper.fillCart(store.regionId, variant_id)
      await shopper.payWithCard(number)
      const res = await shopper.complete()
      expectStatus(res, 200, "complete")
      expect(res.data.type).toBe("order")
      return res.data.order as { id: string; total: number }
    }

    async function adminOrder(token: string, orderId: string) {
      const res = await http.get(
        `/admin/orders/${orderId}?fields=id,payment_status,*payment_collections.payments,*payment_collections.payments.captures,*transactions`,
        adminHeaders(token)
      )
      expectStatus(res, 200, "admin order")
      return { order: res.data.order, payment: res.data.order.payment_collections[0].payments[0] }
    }

    it("captures at authorization: the order is paid as soon as it is placed", async () => {
      const token = await adminToken(http)
      const placed = await placeOrder(TEST_CARDS.authorized)
      const { order, payment } = await adminOrder(token, placed.id)
      expect(order.payment_status).toBe("captured")
      expect(payment.captured_at).not.toBeNull()
      expect(payment.captures).toHaveLength(1)
      expect(payment.captures[0].amount).toBe(placed.total)
      expect(payment.data).toMatchObject({ capture_method: "automatic", status: "captured", captured_amount: Math.round(placed.total * 100) })
      expect(order.transactions.map((t: { reference: string }) => t.reference)).toEqual(["capture"])

      const refund = await http.post(`/admin/payments/${payment.id}/refund`, { amount: 1 }, adminHeaders(token))
      expectStatus(refund, 200, "refund")
      expect((await adminOrder(token, placed.id)).order.payment_status).toBe("partially_refunded")
    })

    it("4000 0000 0000 0341: the automatic capture fails, the order stays authorized and says why", async () => {
      const token = await adminToken(http)
      const placed = await placeOrder(TEST_CARDS.captureFails)
      const { order, payment } = await adminOrder(token, placed.id)
      expect(order.payment_status).toBe("authorized")
      expect(payment.captures).toHaveLength(0)
      expect(payment.data).toMatchObject({ status: "authorized", capture_error: { code: "capture_declined" } })
      const capture = await http.post(`/admin/payments/${payment.id}/capture`, {}, adminHeaders(token))
      expect(capture.status).toBe(400)
      expect(capture.data.message).toMatch(/capture_declined/)
    })
  },
})
