import { bearer, captureEvents, client, createPublishableKey, login, register, sessionCookie } from "../../plugins/customer-accounts/integration-tests/helpers"
import { createUserAccountWorkflow } from "@medusajs/medusa/core-flows"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(240000)

/**
 * Issue 21, "sessions that end": logout revokes the bearer token and the
 * session; a password change or a password reset ends every other token and
 * session of the account, for customers and admins
 * (plugins/customer-accounts/src/lib/revocation.ts).
 */
shopIntegrationRunner({
  testSuite: ({ http: api, getContainer }) => {
    const http = client(api)
    let publishableKey: string

    beforeEach(async () => {
      publishableKey = await createPublishableKey(getContainer())
    })

    /** What each credential gets from api/v1 and from Medusa's own store route. */
    async function customerAnswers(headers: Record<string, string>): Promise<[number, number]> {
      const v1 = await http.get("/api/v1/customer/me/", headers)
      const store = await http.get("/store/customers/me", { ...headers, "x-publishable-api-key": publishableKey })
      return [v1.status, store.status]
    }

    describe("customers", () => {
      it("POST /api/v1/customer/logout/ revokes the bearer token it is sent with", async () => {
        const { body } = await register(http)
        const token = (await login(http, body.username, body.password)).data.token
        // A JWT counts time in whole seconds: two logins within one second get the very same token.
        await new Promise((resolve) => setTimeout(resolve, 1100))
        const other = (await login(http, body.username, body.password)).data.token
        expect(other).not.toBe(token)
        expect(await customerAnswers(bearer(token))).toEqual([200, 200])

        expect((await http.post("/api/v1/customer/logout/", undefined, bearer(token))).status).toBe(200)
        expect(await customerAnswers(bearer(token))).toEqual([401, 401])
        // Only that token: the customer's other login goes on.
        expect(await customerAnswers(bearer(other))).toEqual([200, 200])
        // Anonymous store routes still serve a client that kept the old token.
        const regions = await http.get("/store/regions", { ...bearer(token), "x-publishable-api-key": publishableKey })
        expect(regions.status).toBe(200)
      })

      it("POST /api/v1/customer/logout/ ends the session cookie", async () => {
        const { body } = await register(http)
        const cookie = sessionCookie(await login(http, body.username, body.password))
        expect(await customerAnswers({ cookie })).toEqual([200, 200])
        expect((await http.post("/api/v1/customer/logout/", undefined, { cookie })).status).toBe(200)
        expect(await customerAnswers({ cookie })).toEqual([401, 401])
      })

      it("a password change ends every other token and session of the account; the one that changed it goes on", async () => {
        const { body } = await register(http)
        const oldToken = (await login(http, body.username, body.password)).data.token
        const oldCookie = sessionCookie(await login(http, body.username, body.password))
        const changerCookie = sessionCookie(await login(http, body.username, body.password))
        // Not the same second as oldToken, or both would be one and the same JWT.
        await new Promise((resolve) => setTimeout(resolve, 1100))
        const changer = (await login(http, body.username, body.password)).data.token
        expect(changer).not.toBe(oldToken)

        const changed = await http.post(
          "/api/v1/customer/me/password/",
          { current_password: body.password, new_password: "a-longer-secret-2025" },
          bearer(changer)
        )
        expect(changed.status).toBe(200)
        expect(await customerAnswers(bearer(oldToken))).toEqual([401, 401])
        expect(await customerAnswers({ cookie: oldCookie })).toEqual([401, 401])
        expect(await customerAnswers({ cookie: changerCookie })).toEqual([401, 401])
        expect(await customerAnswers(bearer(changer))).toEqual([200, 200])

        // A login right after the change is a new login.
        const fresh = (await login(http, body.username, "a-longer-secret-2025")).data.token
        expect(await customerAnswers(bearer(fresh))).toEqual([200, 200])

        // Changed through a session, that session goes on.
        const again = await http.post(
          "/api/v1/customer/me/password/",
          { current_password: "a-longer-secret-2025", new_password: "yet-another-secret-2026" },
          { cookie: sessionCookie(await login(http, body.username, "a-longer-secret-2025")) }
        )
        expect(again.status).toBe(200)
        expect(await customerAnswers(bearer(fresh))).toEqual([401, 401])
      })

      it("Medusa's password reset ends every earlier token of the account", async () => {
        const { body } = await register(http)
        const oldToken = (await http.post("/auth/customer/emailpass", { email: body.email, password: body.password })).data.token
        const events = captureEvents(getContainer(), "auth.password_reset")
        expect((await http.post("/auth/customer/emailpass/reset-password", { identifier: body.email })).status).toBe(201)
        const [event] = await events.waitFor(1)
        const updated = await http.post("/auth/customer/emailpass/update", { password: "reset-secret-2026" }, bearer(String(event.data.token)))
        expect(updated.status).toBe(200)
        expect(await customerAnswers(bearer(oldToken))).toEqual([401, 401])
        const fresh = (await http.post("/auth/customer/emailpass", { email: body.email, password: "reset-secret-2026" })).data.token
        expect(await customerAnswers(bearer(fresh))).toEqual([200, 200])
      })
    })

    describe("admins", () => {
      async function newAdmin() {
        const admin = { email: `admin.${Date.now()}.${Math.random().toString(36).slice(2, 6)}@shop.test`, password: "admin-session-2026" }
        const registered = await http.post("/auth/user/emailpass/register", admin)
        expect(registered.status).toBe(200)
        // What accepting an invitation does: the user, linked to the identity.
        const claims = JSON.parse(Buffer.from(String(registered.data.token).split(".")[1], "base64url").toString("utf8"))
        const authIdentityId = String(claims.auth_identity_id)
        await createUserAccountWorkflow(getContainer()).run({ input: { authIdentityId, userData: { email: admin.email } } })
        const token = async () => String((await http.post("/auth/user/emailpass", admin)).data.token)
        return { admin, token }
      }

      const adminMe = async (headers: Record<string, string>) => (await http.get("/admin/users/me", headers)).status

      it("DELETE /auth/session revokes the bearer token and ends the session", async () => {
        const { token } = await newAdmin()
        const bearerToken = await token()
        const sessionStart = await http.post("/auth/session", undefined, bearer(await token()))
        const cookie = sessionCookie(sessionStart)
        expect([await adminMe(bearer(bearerToken)), await adminMe({ cookie })]).toEqual([200, 200])

        await http.delete("/auth/session", bearer(bearerToken))
        expect(await adminMe(bearer(bearerToken))).toBe(401)
        expect((await http.delete("/auth/session", { cookie })).status).toBe(200)
        expect(await adminMe({ cookie })).toBe(401)
      })

      it("an admin's password reset ends the admin's earlier tokens and sessions", async () => {
        const { admin, token } = await newAdmin()
        const oldToken = await token()
        const cookie = sessionCookie(await http.post("/auth/session", undefined, bearer(await token())))
        const events = captureEvents(getContainer(), "auth.password_reset")
        expect((await http.post("/auth/user/emailpass/reset-password", { identifier: admin.email })).status).toBe(201)
        const [event] = await events.waitFor(1)
        expect((await http.post("/auth/user/emailpass/update", { password: "admin-reset-2026!" }, bearer(String(event.data.token)))).status).toBe(200)
        expect(await adminMe(bearer(oldToken))).toBe(401)
        expect(await adminMe({ cookie })).toBe(401)
        const fresh = String((await http.post("/auth/user/emailpass", { email: admin.email, password: "admin-reset-2026!" })).data.token)
        expect(await adminMe(bearer(fresh))).toBe(200)
      })
    })
  },
})
