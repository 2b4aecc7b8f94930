import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { MAX, bearer, captureEvents, client, login, newCustomer, register, sessionCookie, signUpTheMedusaWay } from "./helpers"

jest.setTimeout(180000)

const ADMIN = { email: "admin-login-test@shop.test", password: "admin-login-test-pw" }

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

shopIntegrationRunner({
  testSuite: ({ http: api, db, getContainer }) => {
    const http = client(api)

    describe("POST /api/v1/customer/login", () => {
      it.each([
        ["username", (c: typeof MAX) => ({ login: c.username })],
        ["username in another case", (c: typeof MAX) => ({ login: c.username.toUpperCase() })],
        ["email", (c: typeof MAX) => ({ login: c.email })],
        ["email in another case", (c: typeof MAX) => ({ login: c.email.toUpperCase() })],
        ["the username field", (c: typeof MAX) => ({ username: c.username })],
        ["the email field", (c: typeof MAX) => ({ email: c.email })],
      ])("logs in by %s", async (_name, loginFields) => {
        const { body, res: registered } = await register(http)
        const res = await http.post("/api/v1/customer/login/", { ...loginFields(body), password: body.password })
        expect(res.status).toBe(200)
        expect(res.data).toEqual({
          token: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
          customer: { id: registered.data.id, username: body.username, first_name: "Max", email: body.email },
        })
        const cookie = [res.headers["set-cookie"]].flat().find((c) => c?.startsWith("connect.sid="))
        expect(cookie).toMatch(/HttpOnly/i)
      })

      it("answers on the path without trailing slash too", async () => {
        const { body } = await register(http)
        const res = await http.post("/api/v1/customer/login", { login: body.username, password: body.password })
        expect(res.status).toBe(200)
      })

      it("gives the same 401 for an unknown login and a wrong password, in about the same time", async () => {
        const { body } = await register(http)
        const wrong = await login(http, body.username, "not-the-password")
        const unknownUser = await login(http, "nobody_here", "not-the-password")
        const unknownEmail = await login(http, "nobody@example.com", "not-the-password")
        for (const res of [wrong, unknownUser, unknownEmail]) {
          expect(res.status).toBe(401)
          expect(res.data).toEqual({ errorMessage: "Invalid credentials" })
          expect(res.headers["set-cookie"]).toBeUndefined()
        }

        // Alternate the two kinds so load on the machine hits both alike.
        const timings: Record<"wrong" | "unknown", number[]> = { wrong: [], unknown: [] }
        for (let i = 0; i < 5; i++) {
          for (const kind of ["wrong", "unknown"] as const) {
            const started = process.hrtime.bigint()
            const res = await login(http, kind === "wrong" ? body.email : `nobody${i}@example.com`, `not-the-password-${i}`)
            timings[kind].push(Number(process.hrtime.bigint() - started) / 1e6)
            expect(res.status).toBe(401)
          }
        }
        const [wrongMs, unknownMs] = [median(timings.wrong), median(timings.unknown)]
        // An unknown login pays for a scrypt verification as well. Without it, it would
        // answer in a few ms against >100 ms; the bounds leave room for a busy machine.
        expect(unknownMs).toBeGreaterThan(wrongMs * 0.4)
        expect(unknownMs).toBeLessThan(wrongMs * 2.5)
      })

      it("refuses an identity that has no customer (signed up on /auth only)", async () => {
        const email = `identity.only.${Date.now()}@example.com`
        await signUpTheMedusaWay(getContainer(), email, "identity-only-pw")
        const res = await login(http, email, "identity-only-pw")
        expect(res.status).toBe(401)
        expect(res.data).toEqual({ errorMessage: "Invalid credentials" })
        // Medusa's token for an identity without a customer (no actor yet) is not a customer login for /me either.
        const actorless = await http.post("/auth/customer/emailpass", { email, password: "identity-only-pw" })
        expect(actorless.status).toBe(200)
        const me = await http.get("/api/v1/customer/me/", bearer(actorless.data.token))
        expect(me.status).toBe(401)
        expect(me.data).toEqual({ errorMessage: "Unauthorized" })
      })

      it.each([
        ["no password", { login: "maxm" }, "password"],
        ["no login", { password: "maxpw2024!" }, "login"],
        ["a numeric login", { login: 42, password: "maxpw2024!" }, "login"],
        ["an empty login", { login: "  ", password: "maxpw2024!" }, "login"],
        ["an array password", { login: "maxm", password: ["maxpw2024!"] }, "password"],
        ["a null password", { login: "maxm", password: null }, "password"],
      ])("answers 400 for %s", async (_name, body, field) => {
        const res = await http.post("/api/v1/customer/login/", body)
        expect(res.status).toBe(400)
        expect(res.data.errorMessage).toBe("Invalid Input")
        expect(res.data.errors.map((e: { field: string }) => e.field)).toContain(field)
      })

      it.each([
        ["not JSON", "{login:", "application/json"],
        ["text/plain", '{"login":"maxm","password":"maxpw2024!"}', "text/plain"],
      ])("answers 400 for a body that is %s", async (_name, raw, type) => {
        for (const path of ["/api/v1/customer/login/", "/api/v1/customer/login"]) {
          const res = await http.postRaw(path, raw, { "content-type": type })
          expect(res.status).toBe(400)
          expect(res.data.errorMessage).toBe("Invalid Input")
        }
      })
    })

    describe("sessions: GET /api/v1/customer/me and POST /api/v1/customer/logout", () => {
      it("returns the profile for the bearer token", async () => {
        const { body, res: registered } = await register(http, newCustomer({ first_name: "Jürgen", last_name: "D'Alembert" }))
        const { data } = await login(http, body.email, body.password)
        for (const path of ["/api/v1/customer/me/", "/api/v1/customer/me"]) {
          const me = await http.get(path, bearer(data.token))
          expect(me.status).toBe(200)
          expect(me.data).toEqual({
            id: registered.data.id,
            username: body.username,
            first_name: "Jürgen",
            last_name: "D'Alembert",
            email: body.email,
            phone: MAX.phone,
            title: "Mr.",
            birthday: "1990-01-01",
            address: MAX.address,
          })
        }
      })

      it("keeps a browser logged in with the session cookie, and logout ends it", async () => {
        const { body } = await register(http)
        const res = await login(http, body.username, body.password)
        const cookie = sessionCookie(res)

        const me = await http.get("/api/v1/customer/me/", { cookie })
        expect(me.status).toBe(200)
        expect(me.data.username).toBe(body.username)

        const logout = await http.post("/api/v1/customer/logout/", undefined, { cookie })
        expect(logout.status).toBe(200)
        expect(logout.data).toEqual({ success: true })
        expect([logout.headers["set-cookie"]].flat().join(";")).toMatch(/connect\.sid=;.*Expires=Thu, 01 Jan 1970/)

        const after = await http.get("/api/v1/customer/me/", { cookie })
        expect(after.status).toBe(401)
        expect(after.data).toEqual({ errorMessage: "Unauthorized" })
      })

      it("starts a new session id at login (a planted session id is worthless)", async () => {
        const { body } = await register(http)
        const first = sessionCookie(await login(http, body.username, body.password))
        const second = await http.post("/api/v1/customer/login/", { login: body.username, password: body.password }, { cookie: first })
        expect(sessionCookie(second)).not.toBe(first)
      })

      it("answers logout without a session with 200 too (both paths)", async () => {
        for (const path of ["/api/v1/customer/logout/", "/api/v1/customer/logout"]) {
          const res = await http.post(path, undefined)
          expect(res.status).toBe(200)
        }
      })

      it.each([
        ["no credentials", {}],
        ["a malformed bearer token", { authorization: "Bearer not-a-jwt" }],
        ["an unknown session cookie", { cookie: "connect.sid=s%3Aforged.signature" }],
      ])("answers 401 with %s", async (_name, headers) => {
        const me = await http.get("/api/v1/customer/me/", headers)
        expect(me.status).toBe(401)
        expect(me.data).toEqual({ errorMessage: "Unauthorized" })
      })

      it("does not take an admin user's token as a customer", async () => {
        const userModule = getContainer().resolve("user")
        await userModule.createUsers({ email: ADMIN.email })
        const identity = await http.post("/auth/user/emailpass/register", ADMIN)
        expect(identity.status).toBe(200)
        const me = await http.get("/api/v1/customer/me/", bearer(identity.data.token))
        expect(me.status).toBe(401)
      })
    })

    describe("passwords", () => {
      it("changes the password with the current one (POST /api/v1/customer/me/password)", async () => {
        const { body } = await register(http)
        const token = (await login(http, body.username, body.password)).data.token

        const wrong = await http.post("/api/v1/customer/me/password/", { current_password: "nope-nope", new_password: "brand-new-pw-1" }, bearer(token))
        expect(wrong.status).toBe(400)
        expect(wrong.data).toEqual({ errorMessage: "Invalid Input", errors: [{ field: "current_password", message: "is not correct" }] })

        const short = await http.post("/api/v1/customer/me/password", { current_password: body.password, new_password: "short" }, bearer(token))
        expect(short.status).toBe(400)
        expect(short.data.errors[0].field).toBe("new_password")

        const changed = await http.post("/api/v1/customer/me/password/", { current_password: body.password, new_password: "brand-new-pw-1" }, bearer(token))
        expect(changed.status).toBe(200)
        expect((await login(http, body.username, body.password)).status).toBe(401)
        expect((await login(http, body.username, "brand-new-pw-1")).status).toBe(200)

        const anonymous = await http.post("/api/v1/customer/me/password/", { current_password: "x", new_password: "brand-new-pw-2" })
        expect(anonymous.status).toBe(401)
      })

      it("works with Medusa's reset-password flow", async () => {
        const { body } = await register(http)
        const events = captureEvents(getContainer(), "auth.password_reset")
        const requested = await http.post("/auth/customer/emailpass/reset-password", { identifier: body.email })
        expect(requested.status).toBe(201)
        const [event] = await events.waitFor(1)
        expect(event.data.entity_id).toBe(body.email)

        const updated = await http.post(
          "/auth/customer/emailpass/update",
          { password: "reset-pw-2026" },
          bearer(String(event.data.token))
        )
        expect(updated.status).toBe(200)
        expect((await login(http, body.username, body.password)).status).toBe(401)
        expect((await login(http, body.email, "reset-pw-2026")).status).toBe(200)
      })
    })

    it("never writes a password to the database in clear", async () => {
      const { body } = await register(http)
      await login(http, body.username, body.password)
      const { rows } = await db.raw(
        "select count(*)::int as n from provider_identity where provider_metadata::text like ? or user_metadata::text like ?",
        [`%${body.password}%`, `%${body.password}%`]
      )
      expect(rows[0].n).toBe(0)
    })
  },
})
