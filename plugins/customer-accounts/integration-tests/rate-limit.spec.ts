import type { HttpResponse } from "../../../tests/helpers/http"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { client, clientIpHeaders, login, newCustomer, register } from "./helpers"

jest.setTimeout(240000)

function expectThrottled(res: HttpResponse, maxSeconds: number) {
  expect(res.status).toBe(429)
  expect(res.data).toEqual({ errorMessage: "Too Many Requests" })
  const retryAfter = Number(res.headers["retry-after"])
  expect(retryAfter).toBeGreaterThan(0)
  expect(retryAfter).toBeLessThanOrEqual(maxSeconds)
}

shopIntegrationRunner({
  // The cheapest scrypt cost the store accepts: these tests verify a hundred passwords at once.
  env: { AUTH_SCRYPT_LOG_N: "14" },
  testSuite: ({ http: api, db }) => {
    const http = client(api)

    /** Lets the stored windows run out, as if 15 minutes (or an hour) had passed. */
    async function letWindowsExpire() {
      await db.raw("update customer_accounts_rate_limit set expire = ?", [Date.now() - 1000])
    }

    describe("login rate limit", () => {
      it("answers 429 with Retry-After after 10 failures for one account from one client, even for the right password", async () => {
        const { body } = await register(http)
        const ip = clientIpHeaders()
        for (let i = 0; i < 10; i++) {
          // Alternating username and email: both name the same account.
          const res = await login(http, i % 2 ? body.username : body.email.toUpperCase(), `wrong-${i}`, ip)
          expect(res.status).toBe(401)
        }
        const blocked = await login(http, body.username, body.password, ip)
        expectThrottled(blocked, 15 * 60)
        expect(blocked.headers["set-cookie"]).toBeUndefined()

        // The owner from another client is not locked out; other accounts from this client are not affected.
        expect((await login(http, body.username, body.password)).status).toBe(200)
        const { body: other } = await register(http)
        expect((await login(http, other.username, other.password, ip)).status).toBe(200)
      })

      it("lets the account log in again once the window has passed", async () => {
        const { body } = await register(http)
        const ip = clientIpHeaders()
        for (let i = 0; i < 10; i++) await login(http, body.username, `wrong-${i}`, ip)
        expect((await login(http, body.username, body.password, ip)).status).toBe(429)

        await letWindowsExpire()
        expect((await login(http, body.username, body.password, ip)).status).toBe(200)
      })

      it("clears an account's failures when it logs in successfully", async () => {
        const { body } = await register(http)
        const ip = clientIpHeaders()
        for (let i = 0; i < 9; i++) expect((await login(http, body.username, `wrong-${i}`, ip)).status).toBe(401)
        expect((await login(http, body.username, body.password, ip)).status).toBe(200)
        for (let i = 0; i < 9; i++) expect((await login(http, body.username, `wrong-again-${i}`, ip)).status).toBe(401)
        expect((await login(http, body.username, body.password, ip)).status).toBe(200)
      })

      it("counts wrong current passwords on the password-change endpoint against the account", async () => {
        const { body } = await register(http)
        const ip = clientIpHeaders()
        const token = (await login(http, body.username, body.password, ip)).data.token
        for (let i = 0; i < 10; i++) {
          const res = await http.post(
            "/api/v1/customer/me/password/",
            { current_password: `guess-${i}`, new_password: "new-password-1" },
            { authorization: `Bearer ${token}`, ...ip }
          )
          expect(res.status).toBe(400)
        }
        expectThrottled(await login(http, body.email, body.password, ip), 15 * 60)
      })

      it("stores hashed keys only: no login, email or IP in the table", async () => {
        const { body } = await register(http)
        await login(http, body.username, "wrong", { "x-forwarded-for": "192.0.2.77" })
        const { rows } = await db.raw("select key from customer_accounts_rate_limit")
        expect(rows.length).toBeGreaterThanOrEqual(2)
        const keys = rows.map((r) => String(r.key)).join(" ")
        expect(keys).not.toContain(body.username)
        expect(keys).not.toContain(body.email)
        expect(keys).not.toContain("192.0.2.77")
      })
    })

    describe("registration rate limit", () => {
      it("allows 20 registrations per IP and hour, then answers 429 with Retry-After", async () => {
        const ip = clientIpHeaders()
        for (let i = 0; i < 20; i++) {
          const res = await http.post("/api/v1/customer/registration/", newCustomer(), ip)
          expect(res.status).toBe(201)
        }
        const before = await db.raw("select count(*)::int as n from customer")
        const blocked = await http.post("/api/v1/customer/registration/", newCustomer(), ip)
        expectThrottled(blocked, 60 * 60)
        expect((await db.raw("select count(*)::int as n from customer")).rows[0].n).toBe(before.rows[0].n)

        // Another client registers; the first one again after the hour.
        expect((await http.post("/api/v1/customer/registration/", newCustomer())).status).toBe(201)
        await letWindowsExpire()
        expect((await http.post("/api/v1/customer/registration/", newCustomer(), ip)).status).toBe(201)
      })

      it("does not count requests that fail validation", async () => {
        const ip = clientIpHeaders()
        for (let i = 0; i < 25; i++) {
          const res = await http.post("/api/v1/customer/registration/", newCustomer({ email: "not-an-email" }), ip)
          expect(res.status).toBe(400)
        }
        expect((await http.post("/api/v1/customer/registration/", newCustomer(), ip)).status).toBe(201)
      })
    })
  },
})
