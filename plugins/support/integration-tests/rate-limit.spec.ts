import { registerCustomer } from "../../../tests/helpers/customers"
import { openShop } from "../../../tests/helpers/store-fixtures"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(240000)

const REQUEST = { subject: "Question", category: "product_question", message: "Is it organic?" }

shopIntegrationRunner({
  env: { SUPPORT_RATE_LIMIT_MAX: "3", SUPPORT_RATE_LIMIT_WINDOW_SECONDS: "3600" },
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    const open = (body: Record<string, unknown>, token?: string) =>
      client.store("post", "/store/support-requests", { token, body })
    const openFrom = (body: Record<string, unknown>, headers: Record<string, string>) =>
      client.store("post", "/store/support-requests", { body, headers })
    const count = async () => {
      const { rows } = await db.raw("select count(*)::int as n from support_request")
      return Number(rows[0].n)
    }

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
    })

    it("lets a customer open 3 requests an hour, then answers 429 with Retry-After", async () => {
      const customer = await registerCustomer(client, "eager")
      for (let i = 0; i < 3; i++) {
        expect((await open(REQUEST, customer.token)).status).toBe(200)
      }
      const before = await count()
      const limited = await open(REQUEST, customer.token)
      expect(limited.status).toBe(429)
      expect(limited.data.message).toMatch(/Too many support requests/)
      const retryAfter = Number(limited.headers["retry-after"])
      expect(retryAfter).toBeGreaterThan(3500)
      expect(retryAfter).toBeLessThanOrEqual(3600)
      expect(await count()).toBe(before)

      // Another customer is not held back, and replies are not limited.
      const other = await registerCustomer(client, "patient")
      expect((await open(REQUEST, other.token)).status).toBe(200)
      const list = await client.store("get", "/store/support-requests", { token: customer.token })
      const reply = await client.store("post", `/store/support-requests/${list.data.support_requests[0].id}/messages`, {
        token: customer.token,
        body: { message: "Still there?" },
      })
      expect(reply.status).toBe(200)
    })

    it("counts requests older than the window no more", async () => {
      const customer = await registerCustomer(client, "returning")
      for (let i = 0; i < 3; i++) {
        expect((await open(REQUEST, customer.token)).status).toBe(200)
      }
      expect((await open(REQUEST, customer.token)).status).toBe(429)
      // As if the hour had passed.
      await db.raw("update support_rate_limit set expire = ?", [Date.now() - 1000])
      expect((await open(REQUEST, customer.token)).status).toBe(200)
    })

    it("limits guests by IP address, whatever email they give", async () => {
      for (let i = 0; i < 3; i++) {
        expect((await open({ ...REQUEST, email: `guest-${i}@example.test` })).status).toBe(200)
      }
      const limited = await open({ ...REQUEST, email: "guest-new@example.test" })
      expect(limited.status).toBe(429)
      expect(limited.headers["retry-after"]).toBeDefined()
    })

    it("limits guests by email address too", async () => {
      // Each from another client address (a proxy on loopback names them, see tests/setup/global-setup.mjs).
      const from = (i: number) => ({ "x-forwarded-for": `192.0.2.${10 + i}` })
      for (let i = 0; i < 3; i++) {
        expect((await openFrom({ ...REQUEST, email: "same@example.test" }, from(i))).status).toBe(200)
      }
      expect((await openFrom({ ...REQUEST, email: "SAME@example.test" }, from(3))).status).toBe(429)
    })

    it("lets only 3 of 12 requests sent at the same moment through (counted before any is stored)", async () => {
      const before = await count()
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => openFrom({ ...REQUEST, email: `racer-${i}@example.test` }, { "x-forwarded-for": "192.0.2.99" }))
      )
      const statuses = answers.map((res) => res.status).sort()
      expect(statuses).toEqual([...Array(3).fill(200), ...Array(9).fill(429)])
      expect(await count()).toBe(before + 3)
    })
  },
})
