import type { MedusaContainer } from "@medusajs/framework/types"
import { placeOrder } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { expectStatus } from "../../../tests/helpers/http"
import { cancelOrder, capturePayment, fulfilOrder, markDelivered, refundPayment, shipFulfillment } from "../../../tests/helpers/order-fixtures"
import { openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { issueOrderAccessToken } from "../src/lib/issue-order-access-token"
import { useTestInbox } from "../../../tests/helpers/test-inbox"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(240000)

type TrackingEvent = { type: string; at: string; [key: string]: unknown }

const DHL_NUMBER = "00340434161094042557"
const DHL_URL = `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${DHL_NUMBER}`

const inbox = useTestInbox(2623)

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let owner: Customer
    let stranger: Customer

    const tracking = (orderId: string, token?: string, headers?: Record<string, string>) =>
      client.store("get", `/store/orders/${orderId}/tracking`, { token, headers })

    /** Shipment mails to one address, as they arrived over SMTP. */
    const shippedEmails = (to: string) => inbox.find((m) => m.to.includes(to) && m.subject.includes("is on its way"))

    let shippedOrderId: string

    beforeAll(async () => {
      const container: MedusaContainer = getContainer()
      client = await openShop(http, container, db)
      owner = await registerCustomer(client, "tracker")
      stranger = await registerCustomer(client, "nosy")
      // One order shipped with DHL, its email sent, before the runner's snapshot.
      shippedOrderId = (await placeOrder(client, { customer: owner })).id
      const fulfillmentId = await fulfilOrder(client, shippedOrderId)
      expectStatus(
        await shipFulfillment(client, shippedOrderId, fulfillmentId, { carrier: "dhl", labels: [{ tracking_number: DHL_NUMBER }] }),
        200,
        "ship"
      )
      await inbox.waitFor((m) => m.to.includes(owner.email) && m.subject.includes("is on its way"))
    })

    // The runner restores the database to its state after beforeAll before
    // every test, so each test builds what it needs.
    it("follows an order from placement through capture, shipment and delivery to a refund", async () => {
      const orderId = (await placeOrder(client, { customer: owner })).id
      const types = async () => (await tracking(orderId, owner.token)).data.tracking.events.map((e: TrackingEvent) => e.type)

      const placed = await tracking(orderId, owner.token)
      expect(placed.status).toBe(200)
      expect(placed.data.tracking).toMatchObject({ order_id: orderId, shipments: [] })
      expect(await types()).toEqual(["placed", "payment_authorized"])
      for (const event of placed.data.tracking.events) {
        expect(new Date(event.at).toISOString()).toBe(event.at)
      }

      const paymentId = await capturePayment(client, orderId)
      expect(await types()).toEqual(["placed", "payment_authorized", "payment_captured"])

      const fulfillmentId = await fulfilOrder(client, orderId)
      const preparing = await tracking(orderId, owner.token)
      expect(preparing.data.tracking.shipments).toEqual([
        expect.objectContaining({ id: fulfillmentId, status: "preparing", carrier: null, parcels: [] }),
      ])
      expect(await types()).toEqual(["placed", "payment_authorized", "payment_captured"])

      expectStatus(
        await shipFulfillment(client, orderId, fulfillmentId, { carrier: "DHL", labels: [{ tracking_number: DHL_NUMBER }] }),
        200,
        "create shipment"
      )
      const shipped = await tracking(orderId, owner.token)
      expect(shipped.data.tracking.events.find((e: TrackingEvent) => e.type === "shipped")).toMatchObject({
        shipment_id: fulfillmentId,
        carrier: { code: "dhl", name: "DHL" },
        tracking_number: DHL_NUMBER,
        tracking_url: DHL_URL,
        parcels: [{ tracking_number: DHL_NUMBER, tracking_url: DHL_URL }],
      })
      expect(shipped.data.tracking.shipments[0]).toMatchObject({ status: "shipped", carrier: { code: "dhl" } })

      await markDelivered(client, orderId, fulfillmentId)
      const delivered = await tracking(orderId, owner.token)
      expect(delivered.data.tracking.shipments[0].status).toBe("delivered")
      expect(await types()).toEqual(["placed", "payment_authorized", "payment_captured", "shipped", "delivered"])

      await refundPayment(client, paymentId, 1)
      const refunded = await tracking(orderId, owner.token)
      const events: TrackingEvent[] = refunded.data.tracking.events
      expect(events.map((e) => e.type)).toEqual([
        "placed",
        "payment_authorized",
        "payment_captured",
        "shipped",
        "delivered",
        "refunded",
      ])
      expect(Number(events[5].amount)).toBe(1)
      const times = events.map((e) => e.at)
      expect([...times].sort()).toEqual(times)
    })

    it("refuses an unknown carrier with 400 and ships nothing", async () => {
      const orderId = (await placeOrder(client, { customer: owner })).id
      const fulfillmentId = await fulfilOrder(client, orderId)
      const res = await shipFulfillment(client, orderId, fulfillmentId, {
        carrier: "carrier-pigeon",
        labels: [{ tracking_number: "PIGEON-1" }],
      })
      expect(res.status).toBe(400)
      expect(res.data.message).toMatch(/Unknown carrier/)
      expect(res.data.message).toMatch(/dhl, dpd, ups, hermes/)
      const after = await tracking(orderId, owner.token)
      expect(after.data.tracking.shipments).toEqual([expect.objectContaining({ status: "preparing", parcels: [] })])
    })

    it("emails the customer the shipment once, with carrier, tracking number, tracking link and order page", async () => {
      // One mail for this order (the inbox also holds other tests' shipments).
      const emails = shippedEmails(owner.email).filter((m) => m.text.includes(`/account/orders/details/${shippedOrderId}`))
      expect(emails).toHaveLength(1)
      const [email] = emails
      expect(email.text).toContain(`handed to DHL with tracking number ${DHL_NUMBER}`)
      expect(email.html).toContain(`href="${DHL_URL.replace(/&/g, "&amp;")}"`)
      expect(email.text).toContain(`/account/orders/details/${shippedOrderId}`)
    })

    it("answers 404 to another customer and to an anonymous client, without the timeline", async () => {
      const asStranger = await tracking(shippedOrderId, stranger.token)
      const anonymous = await tracking(shippedOrderId)
      expect(asStranger.status).toBe(404)
      expect(anonymous.status).toBe(404)
      expect(JSON.stringify(asStranger.data)).not.toContain(DHL_NUMBER)
      expect(JSON.stringify(anonymous.data)).not.toContain(DHL_NUMBER)
      expect((await tracking(shippedOrderId, owner.token)).status).toBe(200)
    })

    it("answers 404 for an order that does not exist", async () => {
      const res = await tracking("order_01JNOSUCHORDER000000000000", owner.token)
      expect(res.status).toBe(404)
    })

    it("shows the merchant the same timeline in the admin, with the known carriers", async () => {
      const res = await client.admin("get", `/admin/orders/${shippedOrderId}/tracking`)
      expect(res.status).toBe(200)
      expect(res.data.tracking.events.map((e: TrackingEvent) => e.type)).toContain("shipped")
      expect(res.data.carriers.map((c: { code: string }) => c.code)).toEqual(
        expect.arrayContaining(["dhl", "dpd", "ups", "hermes"])
      )
    })

    describe("carriers", () => {
      it("recognises the carrier from a tracking link pasted into Medusa's own shipment form", async () => {
        const orderId = (await placeOrder(client, { customer: owner })).id
        const fulfillmentId = await fulfilOrder(client, orderId)
        const url = "https://www.ups.com/track?loc=de_DE&tracknum=1Z999AA10123456784"
        expectStatus(
          await shipFulfillment(client, orderId, fulfillmentId, { labels: [{ tracking_number: "1Z999AA10123456784", tracking_url: url }] }),
          200,
          "ship"
        )
        const res = await tracking(orderId, owner.token)
        const shipped = res.data.tracking.events.find((e: TrackingEvent) => e.type === "shipped")
        expect(shipped.carrier).toEqual({ code: "ups", name: "UPS" })
        expect(shipped.tracking_url).toBe(url)
      })

      it.each([
        ["dpd", "01234567890123", "https://tracking.dpd.de/status/de_DE/parcel/01234567890123"],
        ["hermes", "H1000123456789", "https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#H1000123456789"],
      ])("builds the %s tracking link from the number", async (carrier, number, url) => {
        const orderId = (await placeOrder(client, { customer: owner })).id
        const fulfillmentId = await fulfilOrder(client, orderId)
        expectStatus(await shipFulfillment(client, orderId, fulfillmentId, { carrier, labels: [{ tracking_number: number }] }), 200, "ship")
        const res = await tracking(orderId, owner.token)
        expect(res.data.tracking.shipments[0].parcels).toEqual([{ tracking_number: number, tracking_url: url }])
      })

      it("ships without a carrier: the number without a link", async () => {
        const orderId = (await placeOrder(client, { customer: owner })).id
        const fulfillmentId = await fulfilOrder(client, orderId)
        expectStatus(await shipFulfillment(client, orderId, fulfillmentId, { labels: [{ tracking_number: "LOCAL-42" }] }), 200, "ship")
        const res = await tracking(orderId, owner.token)
        expect(res.data.tracking.shipments[0]).toMatchObject({
          status: "shipped",
          carrier: null,
          parcels: [{ tracking_number: "LOCAL-42", tracking_url: null }],
        })
      })

      it("sends no shipment email when the merchant asks for none", async () => {
        const customer = await registerCustomer(client, "quiet")
        const orderId = (await placeOrder(client, { customer })).id
        const fulfillmentId = await fulfilOrder(client, orderId)
        expectStatus(
          await shipFulfillment(client, orderId, fulfillmentId, {
            carrier: "gls",
            labels: [{ tracking_number: "GLS1" }],
            no_notification: true,
          }),
          200,
          "ship"
        )
        await new Promise((resolve) => setTimeout(resolve, 1500))
        expect(shippedEmails(customer.email)).toEqual([])
      })
    })

    describe("a canceled order", () => {
      it("ends with canceled", async () => {
        const orderId = (await placeOrder(client, { customer: owner })).id
        await cancelOrder(client, orderId)
        const res = await tracking(orderId, owner.token)
        const types = res.data.tracking.events.map((e: TrackingEvent) => e.type)
        expect(types[0]).toBe("placed")
        expect(types).toContain("canceled")
        expect(res.data.tracking.status).toBe("canceled")
      })
    })

    describe("a guest order", () => {
      it("shows the timeline to the guest with the order's email and token, and to nobody else", async () => {
        const guest = await placeOrder(client, { email: `tracking-guest-${Date.now()}@example.test` })
        const token = await issueOrderAccessToken(getContainer(), guest.id)
        const withProof = await tracking(guest.id, undefined, { "x-order-email": guest.email, "x-order-token": token })
        expect(withProof.status).toBe(200)
        expect(withProof.data.tracking.events[0].type).toBe("placed")
        expect((await tracking(guest.id)).status).toBe(404)
        expect((await tracking(guest.id, stranger.token)).status).toBe(404)
      })
    })
  },
})
