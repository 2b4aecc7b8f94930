import { placeOrder, TEST_CARDS } from "../helpers/checkout"
import { expectStatus } from "../helpers/http"
import type { ShopClient } from "../helpers/store-fixtures"
import { adminHeaders, adminToken, openShop } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(180000)

// medusa-config.ts reads the provider's capture mode when the app boots (in beforeAll).
const previousCapture = process.env.MOCK_CARD_CAPTURE
process.env.MOCK_CARD_CAPTURE = "automatic"
afterAll(() => {
  if (previousCapture === undefined) delete process.env.MOCK_CARD_CAPTURE
  else process.env.MOCK_CARD_CAPTURE = previousCapture
})

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
    })

    /** A golden kiwi pack, paid with this test card. */
    const buy = (card: string) => placeOrder(client, { card, items: [{ handle: "golden-kiwi" }] })

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
      const placed = await buy(TEST_CARDS.authorized)
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
      const placed = await buy(TEST_CARDS.captureFails)
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
