import { placeOrder } from "../helpers/checkout"
import { registerCustomer } from "../helpers/customers"
import type { Customer } from "../helpers/customers"
import { expectStatus } from "../helpers/http"
import type { HttpResponse } from "../helpers/http"
import { capturePayment, fulfilOrder, shipFulfillment } from "../helpers/order-fixtures"
import { openShop } from "../helpers/store-fixtures"
import type { ShopClient } from "../helpers/store-fixtures"
import type { PreparedProbe, ProbeContext, ProbeRequest } from "../access-control"
import { listProbes, resourceProbes } from "../access-control"
import { shopIntegrationRunner } from "../helpers/test-runner"

/**
 * Every customer-owned resource of one customer, tried by a second customer
 * and by an anonymous client: each gets 404 (the answer for a resource that
 * does not exist), never the data. The owner's own request proves each probe
 * reaches a real resource. Probes live in tests/access-control/.
 */

jest.setTimeout(300000)

shopIntegrationRunner({
  env: { SUPPORT_RATE_LIMIT_MAX: "1000" },
  testSuite: ({ http, db, getContainer }) => {
    let ctx: ProbeContext
    let stranger: Customer
    const prepared = new Map<string, PreparedProbe>()

    const send = (client: ShopClient, request: ProbeRequest, token?: string): Promise<HttpResponse> =>
      client.store(request.method, request.path, { token, body: request.body, headers: request.headers })

    const expectNothingLeaked = (res: HttpResponse, secrets: string[]) => {
      const body = JSON.stringify(res.data ?? "")
      for (const secret of secrets) {
        expect(body).not.toContain(secret)
      }
    }

    beforeAll(async () => {
      const container = getContainer()
      const client = await openShop(http, container, db)
      const owner = await registerCustomer(client, "owner")
      stranger = await registerCustomer(client, "stranger")
      const ownerOrder = await placeOrder(client, { customer: owner })
      await capturePayment(client, ownerOrder.id)
      const fulfillmentId = await fulfilOrder(client, ownerOrder.id)
      const ownerTrackingNumber = "00340434169999999999"
      expectStatus(
        await shipFulfillment(client, ownerOrder.id, fulfillmentId, {
          carrier: "dhl",
          labels: [{ tracking_number: ownerTrackingNumber }],
        }),
        200,
        "ship the owner's order"
      )
      ctx = { client, container, owner, ownerOrder, ownerTrackingNumber }
      for (const probe of resourceProbes) {
        prepared.set(probe.name, await probe.prepare(ctx))
      }
    })

    it("has a probe for every resource it promises", () => {
      expect(resourceProbes.length).toBeGreaterThan(0)
      expect(new Set(resourceProbes.map((p) => p.name)).size).toBe(resourceProbes.length)
    })

    describe.each(resourceProbes.map((probe) => [probe.name, probe] as const))("%s", (_name, probe) => {
      if (probe.ownerStatus !== undefined) {
        it(`answers the owner ${probe.ownerStatus}`, async () => {
          const { request } = prepared.get(probe.name)!
          const res = await send(ctx.client, request, ctx.owner.token)
          expect(res.status).toBe(probe.ownerStatus)
        })
      }

      it("answers another customer 404, without the data", async () => {
        const { request, secrets } = prepared.get(probe.name)!
        const res = await send(ctx.client, request, stranger.token)
        expect(res.status).toBe(404)
        expectNothingLeaked(res, secrets)
      })

      it("answers an anonymous client 404, without the data", async () => {
        const { request, secrets } = prepared.get(probe.name)!
        const res = await send(ctx.client, request)
        expect(res.status).toBe(404)
        expectNothingLeaked(res, secrets)
      })
    })

    describe.each(listProbes.map((probe) => [probe.name, probe] as const))("%s", (_name, probe) => {
      it("shows another customer none of the owner's entries", async () => {
        const res = await ctx.client.store("get", probe.path, { token: stranger.token })
        expect(res.status).toBe(200)
        expectNothingLeaked(res, probe.secrets(ctx))
        const own = await ctx.client.store("get", probe.path, { token: ctx.owner.token })
        expect(JSON.stringify(own.data)).toContain(probe.ownerSees(ctx))
      })

      it(`answers an anonymous client ${probe.anonymousStatus}`, async () => {
        const res = await ctx.client.store("get", probe.path)
        expect(res.status).toBe(probe.anonymousStatus)
        expectNothingLeaked(res, probe.secrets(ctx))
      })
    })
  },
})
