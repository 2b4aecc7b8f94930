import { placeOrder } from "../../../tests/helpers/checkout"
import { registerCustomer } from "../../../tests/helpers/customers"
import type { Customer } from "../../../tests/helpers/customers"
import { openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { eraseSupportRequests, exportSupportRequests } from "../src/lib/gdpr"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(240000)

shopIntegrationRunner({
  env: { SUPPORT_RATE_LIMIT_MAX: "1000" },
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let dana: Customer
    let erin: Customer
    let danaRequestIds: string[]
    let danaOrderId: string

    const open = async (customer: Customer, body: Record<string, unknown>) => {
      const res = await client.store("post", "/store/support-requests", { token: customer.token, body })
      expect(res.status).toBe(200)
      return res.data.support_request.id as string
    }
    const rows = async (sql: string, bindings: unknown[]) => (await db.raw(sql, bindings)).rows

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
      dana = await registerCustomer(client, "dana")
      erin = await registerCustomer(client, "erin")
      danaOrderId = (await placeOrder(client, { customer: dana })).id
      const first = await open(dana, { subject: "First", category: "other", message: "Hello" })
      const second = await open(dana, { subject: "Second", category: "order_problem", message: "Late", order_id: danaOrderId })
      await client.admin("post", `/admin/support-requests/${second}/messages`, { message: "On its way" })
      danaRequestIds = [first, second]
      await open(erin, { subject: "Erin's", category: "other", message: "Mine" })
    })

    it("exports every request of the customer with its whole thread", async () => {
      const exported = await exportSupportRequests(getContainer(), dana.id)
      expect(exported.map((r) => r.id)).toEqual(danaRequestIds)
      expect(exported[1]).toMatchObject({
        subject: "Second",
        category: "order_problem",
        status: "waiting_for_customer",
        email: dana.email,
        order_id: danaOrderId,
        closed_at: null,
        messages: [
          { author: "customer", body: "Late", created_at: expect.any(String) },
          { author: "merchant", body: "On its way", created_at: expect.any(String) },
        ],
      })
      expect(JSON.stringify(exported)).not.toContain("Erin's")
      expect(JSON.stringify(exported)).not.toContain("requester_ip_hash")
    })

    it("exports nothing for a customer without requests", async () => {
      expect(await exportSupportRequests(getContainer(), "cus_without_requests")).toEqual([])
    })

    it("erases the customer's requests and messages for good, and only theirs", async () => {
      const result = await eraseSupportRequests(getContainer(), dana.id)
      expect(result).toEqual({ deleted: 2 })
      expect(await rows("select id from support_request where customer_id = ?", [dana.id])).toEqual([])
      expect(await rows("select id from support_message where request_id = any(?)", [danaRequestIds])).toEqual([])
      expect(await rows("select id from support_request where customer_id = ?", [erin.id])).toHaveLength(1)
      expect(await exportSupportRequests(getContainer(), dana.id)).toEqual([])
      const list = await client.store("get", "/store/support-requests", { token: dana.token })
      expect(list.data.count).toBe(0)
    })

    it("erases nothing for a customer without requests", async () => {
      expect(await eraseSupportRequests(getContainer(), "cus_without_requests")).toEqual({ deleted: 0 })
      expect(await rows("select id from support_request", [])).toHaveLength(3)
    })
  },
})
