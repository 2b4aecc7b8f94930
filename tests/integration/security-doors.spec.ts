import crypto from "crypto"
import { signClientAddress } from "../../plugins/customer-accounts/src/lib/client-ip"
import { client, clientIpHeaders, createPublishableKey, login, newCustomer, register, signUpTheMedusaWay } from "../../plugins/customer-accounts/integration-tests/helpers"
import type { HttpResponse } from "../helpers/http"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(240000)

/**
 * Issue 21, "no side doors": Medusa's own auth routes are held to the rules
 * of api/v1 (plugins/customer-accounts/src/lib/doors.ts): one throttle,
 * counted before the password is verified, a lockout the attacker cannot
 * turn against the owner, the password policy, and a client identity that
 * a header cannot change.
 */
shopIntegrationRunner({
  // The cheapest scrypt cost the store accepts: these tests verify a hundred passwords at once.
  env: { AUTH_SCRYPT_LOG_N: "14" },
  testSuite: ({ http: api, db, getContainer }) => {
    const http = client(api)

    const medusaLogin = (email: string, password: string, ip: Record<string, string>, actor = "customer") =>
      http.post(`/auth/${actor}/emailpass`, { email, password }, ip)

    function statuses(responses: HttpResponse[]): Record<number, number> {
      const counts: Record<number, number> = {}
      for (const res of responses) counts[res.status] = (counts[res.status] ?? 0) + 1
      return counts
    }

    async function tableCount(table: string): Promise<number> {
      const { rows } = await db.raw<{ n: number }>(`select count(*)::int as n from "${table}"`)
      return rows[0].n
    }

    describe("one throttle for every login door", () => {
      it("POST /auth/customer/emailpass: of 30 concurrent wrong passwords from one client only 10 are verified", async () => {
        const { body } = await register(http)
        const ip = clientIpHeaders()
        const answers = await Promise.all(Array.from({ length: 30 }, (_, i) => medusaLogin(body.email, `wrong-guess-${i}`, ip)))
        expect(statuses(answers)).toEqual({ 401: 10, 429: 20 })
        const refused = answers.find((res) => res.status === 429) as HttpResponse
        expect(Number(refused.headers["retry-after"])).toBeGreaterThan(0)
        // The right password from that client is refused too, on every door.
        expect((await medusaLogin(body.email, body.password, ip)).status).toBe(429)
        expect((await login(http, body.username, body.password, ip)).status).toBe(429)
      })

      it("api/v1 login and Medusa's customer login count on one counter per account and client", async () => {
        const { body } = await register(http)
        const ip = clientIpHeaders()
        for (let i = 0; i < 5; i++) expect((await login(http, body.username, `wrong-${i}`, ip)).status).toBe(401)
        for (let i = 0; i < 5; i++) expect((await medusaLogin(body.email, `wrong-${i}`, ip)).status).toBe(401)
        expect((await medusaLogin(body.email, body.password, ip)).status).toBe(429)
      })

      it("POST /auth/user/emailpass (admin) answers 429 after 10 wrong passwords", async () => {
        const admin = { email: `admin.${Date.now()}@shop.test`, password: "admin-door-test-2026" }
        expect((await http.post("/auth/user/emailpass/register", admin)).status).toBe(200)
        const ip = clientIpHeaders()
        const answers: number[] = []
        for (let i = 0; i < 15; i++) answers.push((await medusaLogin(admin.email, `wrong-${i}`, ip, "user")).status)
        expect(answers).toEqual([...Array(10).fill(401), ...Array(5).fill(429)])
        expect((await medusaLogin(admin.email, admin.password, ip, "user")).status).toBe(429)
      })
    })

    describe("a lockout that cannot be turned against the owner", () => {
      it("after an attacker's 10 wrong passwords the owner logs in from another client, on api/v1 and Medusa's route", async () => {
        const { body } = await register(http)
        const attacker = clientIpHeaders()
        for (let i = 0; i < 10; i++) await medusaLogin(body.email, `wrong-${i}`, attacker)
        expect((await medusaLogin(body.email, body.password, attacker)).status).toBe(429)

        expect((await login(http, body.username, body.password)).status).toBe(200)
        expect((await medusaLogin(body.email, body.password, clientIpHeaders())).status).toBe(200)
      })

      it("an account tried 100 times from many clients is closed to every client until the day's window ends", async () => {
        const { body } = await register(http)
        const attackers = Array.from({ length: 10 }, () => clientIpHeaders())
        const answers = await Promise.all(
          attackers.flatMap((ip) => Array.from({ length: 10 }, (_, i) => login(http, body.username, `wrong-${i}`, ip)))
        )
        expect(statuses(answers)).toEqual({ 401: 100 })
        const owner = await login(http, body.username, body.password)
        expect(owner.status).toBe(429)
        expect(Number(owner.headers["retry-after"])).toBeGreaterThan(15 * 60)
      })
    })

    describe("password reset requests", () => {
      it("POST /auth/customer/emailpass/reset-password answers 429 after 3 requests for one address", async () => {
        const { body } = await register(http)
        const answers: number[] = []
        for (let i = 0; i < 4; i++) {
          answers.push((await http.post("/auth/customer/emailpass/reset-password", { identifier: body.email })).status)
        }
        expect(answers).toEqual([201, 201, 201, 429])
      })
    })

    describe("Medusa's customer sign-up is closed", () => {
      it("POST /auth/customer/emailpass/register and POST /store/customers answer 403 pointing to api/v1, alike for known and unknown emails", async () => {
        const { body } = await register(http)
        const before = { identities: await tableCount("auth_identity"), customers: await tableCount("customer") }
        const known = await http.post("/auth/customer/emailpass/register", { email: body.email, password: "x" })
        const unknown = await http.post("/auth/customer/emailpass/register", { email: `new.${Date.now()}@example.com`, password: "x" })
        expect(known.status).toBe(403)
        expect(unknown.status).toBe(403)
        expect(known.data).toEqual(unknown.data)
        expect(known.data.message).toContain("/api/v1/customer/registration/")
        expect({ identities: await tableCount("auth_identity"), customers: await tableCount("customer") }).toEqual(before)

        // An identity without a customer (made by the old sign-up) cannot create one either.
        const email = `actorless.${Date.now()}@example.com`
        await signUpTheMedusaWay(getContainer(), email, "actorless-2026")
        const token = (await http.post("/auth/customer/emailpass", { email, password: "actorless-2026" })).data.token
        const publishableKey = await createPublishableKey(getContainer())
        const customersBefore = await tableCount("customer")
        const store = await http.post(
          "/store/customers",
          { email, first_name: "No", last_name: "Rules" },
          { authorization: `Bearer ${token}`, "x-publishable-api-key": publishableKey }
        )
        expect(store.status).toBe(403)
        expect(store.data).toEqual(known.data)
        expect(await tableCount("customer")).toBe(customersBefore)
      })
    })

    describe("password policy (NIST 800-63B: at least 10 characters, not a common password)", () => {
      it("api/v1 registration refuses short and common passwords and accepts the contract's example", async () => {
        for (const [password, message] of [
          ["short-pw1", "must be at least 10 characters"],
          ["password", "must be at least 10 characters"],
          ["password123", "is too common: choose one that is harder to guess"],
          ["1234567890", "is too common: choose one that is harder to guess"],
        ]) {
          const res = await http.post("/api/v1/customer/registration/", newCustomer({ password }))
          expect(res.status).toBe(400)
          expect(res.data.errors).toEqual([{ field: "password", message }])
        }
        expect((await http.post("/api/v1/customer/registration/", newCustomer({ password: "maxpw2024!" }))).status).toBe(201)
      })

      it("password change, Medusa's password reset and admin sign-up refuse a common password", async () => {
        const { body } = await register(http)
        const token = (await login(http, body.username, body.password)).data.token
        const change = await http.post(
          "/api/v1/customer/me/password/",
          { current_password: body.password, new_password: "password123" },
          { authorization: `Bearer ${token}` }
        )
        expect(change.status).toBe(400)
        expect(change.data.errors).toEqual([{ field: "new_password", message: "is too common: choose one that is harder to guess" }])

        const reset = await http.post("/auth/customer/emailpass/update", { password: "password123" }, { authorization: `Bearer ${token}` })
        expect(reset.status).toBe(400)
        expect(reset.data.message).toMatch(/password is too common/)

        const admin = await http.post("/auth/user/emailpass/register", { email: `weak.${Date.now()}@shop.test`, password: "password" })
        expect(admin.status).toBe(400)
        expect(admin.data.message).toMatch(/at least 10 characters/)
      })
    })

    describe("client identity: the store's default trusts no proxy", () => {
      // Read by lib/client-ip.ts on every request: this block runs the store as deployed by default.
      const SECRET = crypto.randomBytes(32).toString("hex")
      const saved = { proxies: process.env.TRUSTED_PROXIES, secret: process.env.CLIENT_ADDRESS_SECRET }
      beforeAll(() => {
        process.env.TRUSTED_PROXIES = ""
        process.env.CLIENT_ADDRESS_SECRET = SECRET
      })
      afterAll(() => {
        process.env.TRUSTED_PROXIES = saved.proxies
        if (saved.secret === undefined) delete process.env.CLIENT_ADDRESS_SECRET
        else process.env.CLIENT_ADDRESS_SECRET = saved.secret
      })
      const signed = (address: string, secret = SECRET, at = Date.now()) => ({ "x-shop-client-address": signClientAddress(address, secret, at) })

      it("a new X-Forwarded-For value per attempt does not reset the per-client limit", async () => {
        const { body } = await register(http)
        // client() sends a new X-Forwarded-For with every request.
        const answers: number[] = []
        for (let i = 0; i < 11; i++) answers.push((await login(http, body.username, `wrong-${i}`)).status)
        expect(answers).toEqual([...Array(10).fill(401), 429])
        // The owner, through the storefront (signed address), is another client.
        expect((await login(http, body.username, body.password, signed("198.51.100.7"))).status).toBe(200)
      })

      it("believes a signed address, and ignores one that is forged, stale or signed with another secret", async () => {
        const { body } = await register(http)
        for (let i = 0; i < 10; i++) expect((await login(http, body.username, `wrong-${i}`, signed("203.0.113.9"))).status).toBe(401)
        expect((await login(http, body.username, body.password, signed("203.0.113.9"))).status).toBe(429)

        // Not believed: each counts as this test's own loopback address, which has not failed on this account.
        for (const header of [
          signed("203.0.113.9", "another-secret-of-at-least-32-characters"),
          signed("203.0.113.9", SECRET, Date.now() - 5 * 60 * 1000),
          { "x-shop-client-address": "203.0.113.9;0;00" },
        ]) {
          expect((await login(http, body.username, body.password, header)).status).toBe(200)
        }
      })
    })
  },
})
