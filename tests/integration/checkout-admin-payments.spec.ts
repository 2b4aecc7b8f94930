import { placeOrder, TEST_CARDS } from "../helpers/checkout"
import { expectStatus } from "../helpers/http"
import type { ShopClient } from "../helpers/store-fixtures"
import { adminHeaders, adminToken, openShop, variantBySku } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(180000)

const SKU = "GOLDEN-KIWI"

// The capture mode is a provider option read when the app boots (in beforeAll):
// this suite runs manual capture (the default is capture on shipment).
const previousCapture = process.env.MOCK_CARD_CAPTURE
process.env.MOCK_CARD_CAPTURE = "manual"
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

    /** Two golden kiwi packs, paid with this test card. */
    const buy = (card: string) => placeOrder(client, { card, items: [{ handle: "golden-kiwi", quantity: 2 }] })

    /** The order as the admin order page loads it. */
    async function adminOrder(token: string, orderId: string) {
      const res = await http.get(
        `/admin/orders/${orderId}?fields=id,status,total,payment_status,*payment_collections,*payment_collections.payments,*payment_collections.payments.captures,*payment_collections.payments.refunds`,
        adminHeaders(token)
      )
      expectStatus(res, 200, "admin order")
      const payment = res.data.order.payment_collections[0].payments[0]
      return { order: res.data.order, payment }
    }

    it("authorizes without capturing in manual mode, then the admin captures the full amount", async () => {
      const token = await adminToken(http)
      const placed = await buy(TEST_CARDS.authorized)
      const before = await adminOrder(token, placed.id)
      expect(before.order.payment_status).toBe("authorized")
      expect(before.payment.captures).toHaveLength(0)
      expect(before.payment.data).toMatchObject({ status: "authorized", captured_amount: 0, capture_method: "manual" })

      const capture = await http.post(`/admin/payments/${before.payment.id}/capture`, {}, adminHeaders(token))
      expectStatus(capture, 200, "capture")

      const after = await adminOrder(token, placed.id)
      expect(after.order.payment_status).toBe("captured")
      expect(after.payment.captures).toHaveLength(1)
      expect(after.payment.captures[0].amount).toBe(placed.total)
      expect(after.payment.data).toMatchObject({ status: "captured", captured_amount: Math.round(placed.total * 100) })
    })

    it("refunds partially, then the rest, and refuses to refund more than was captured", async () => {
      const token = await adminToken(http)
      const placed = await buy(TEST_CARDS.authorized)
      const { payment } = await adminOrder(token, placed.id)
      expectStatus(await http.post(`/admin/payments/${payment.id}/capture`, {}, adminHeaders(token)), 200, "capture")

      const partial = await http.post(`/admin/payments/${payment.id}/refund`, { amount: 5 }, adminHeaders(token))
      expectStatus(partial, 200, "partial refund")
      const afterPartial = await adminOrder(token, placed.id)
      expect(afterPartial.order.payment_status).toBe("partially_refunded")
      expect(afterPartial.payment.refunds.map((r: { amount: number }) => r.amount)).toEqual([5])
      expect(afterPartial.payment.data).toMatchObject({ status: "partially_refunded", refunded_amount: 500 })

      const tooMuch = await http.post(`/admin/payments/${payment.id}/refund`, { amount: placed.total }, adminHeaders(token))
      expect(tooMuch.status).toBe(400)
      expect(tooMuch.data.message).toMatch(/not allowed to refund more than the captured amount/i)

      const rest = Number((placed.total - 5).toFixed(2))
      const full = await http.post(`/admin/payments/${payment.id}/refund`, { amount: rest }, adminHeaders(token))
      expectStatus(full, 200, "refund the rest")
      const afterFull = await adminOrder(token, placed.id)
      expect(afterFull.order.payment_status).toBe("refunded")
      expect(afterFull.payment.data).toMatchObject({ status: "refunded", refunded_amount: Math.round(placed.total * 100) })
    })

    it("cancels an uncaptured order: the authorization is voided and the stock released", async () => {
      const token = await adminToken(http)
      const placed = await buy(TEST_CARDS.authorized)
      expect((await variantBySku(db, SKU)).reserved).toBe(2)

      const cancel = await http.post(`/admin/orders/${placed.id}/cancel`, {}, adminHeaders(token))
      expectStatus(cancel, 200, "cancel")

      const { order, payment } = await adminOrder(token, placed.id)
      expect(order.status).toBe("canceled")
      expect(order.payment_status).toBe("canceled")
      expect(payment.canceled_at).not.toBeNull()
      expect(payment.data).toMatchObject({ status: "canceled" })
      expect((await variantBySku(db, SKU)).reserved).toBe(0)
    })

    it("cancels a captured order by refunding it", async () => {
      const token = await adminToken(http)
      const placed = await buy(TEST_CARDS.authorized)
      const { payment } = await adminOrder(token, placed.id)
      expectStatus(await http.post(`/admin/payments/${payment.id}/capture`, {}, adminHeaders(token)), 200, "capture")
      expectStatus(await http.post(`/admin/orders/${placed.id}/cancel`, {}, adminHeaders(token)), 200, "cancel")
      const after = await adminOrder(token, placed.id)
      expect(after.order.status).toBe("canceled")
      expect(after.payment.data).toMatchObject({ status: "refunded", refunded_amount: Math.round(placed.total * 100) })
    })

    it("4000 0000 0000 0341: the capture fails with a clear message and nothing is recorded as captured", async () => {
      const token = await adminToken(http)
      const placed = await buy(TEST_CARDS.captureFails)
      const { payment } = await adminOrder(token, placed.id)

      const capture = await http.post(`/admin/payments/${payment.id}/capture`, {}, adminHeaders(token))
      expect(capture.status).toBe(400)
      expect(capture.data.message).toMatch(/Capture failed \(capture_declined\): the card issuer refused the capture/)

      const after = await adminOrder(token, placed.id)
      expect(after.order.payment_status).toBe("authorized")
      expect(after.payment.captures).toHaveLength(0)
      expect(after.payment.captured_at).toBeNull()
      expect(after.payment.data).toMatchObject({ status: "authorized", captured_amount: 0 })

      // The merchant's way out: cancel the order, which voids the authorization.
      expectStatus(await http.post(`/admin/orders/${placed.id}/cancel`, {}, adminHeaders(token)), 200, "cancel")
      expect((await adminOrder(token, placed.id)).order.payment_status).toBe("canceled")
    })
  },
})
