import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD, seedAdminUser } from "../../../src/scripts/seed/admin-user"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { bearer, client, login, newCustomer, register } from "./helpers"

jest.setTimeout(180000)

shopIntegrationRunner({
  testSuite: ({ http: api, getContainer }) => {
    const http = client(api)
    let admin: Record<string, string> = {}

    beforeAll(async () => {
      await seedAdminUser(getContainer())
    })

    beforeEach(async () => {
      const res = await http.post("/auth/user/emailpass", { email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD })
      expect(res.status).toBe(200)
      admin = bearer(res.data.token)
    })

    describe("GET/POST /admin/customers/:id/account-profile", () => {
      it("shows and edits username, title and birthday", async () => {
        const { body, res } = await register(http, newCustomer({ title: "Mr.", birthday: "1990-01-01" }))
        const url = `/admin/customers/${res.data.id}/account-profile`

        const shown = await http.get(url, admin)
        expect(shown.status).toBe(200)
        expect(shown.data.profile).toMatchObject({ username: body.username, title: "Mr.", birthday: "1990-01-01" })

        const edited = await http.post(url, { username: `${body.username}_x`, title: "Dr.", birthday: null }, admin)
        expect(edited.status).toBe(200)
        expect(edited.data.profile).toMatchObject({ username: `${body.username}_x`, title: "Dr.", birthday: null })
        expect((await login(http, `${body.username}_x`, body.password)).status).toBe(200)
      })

      it("answers 409 for a taken username and 400 for invalid fields", async () => {
        const { body: other } = await register(http)
        const { res } = await register(http)
        const url = `/admin/customers/${res.data.id}/account-profile`
        const taken = await http.post(url, { username: other.username.toUpperCase() }, admin)
        expect(taken.status).toBe(409)
        expect(taken.data.message).toBe("Username already taken")
        for (const bad of [{ username: "a b" }, { birthday: "1990-02-30" }, { title: "x".repeat(21) }]) {
          const res2 = await http.post(url, bad, admin)
          expect(res2.status).toBe(400)
        }
      })

      it("answers 404 for an unknown customer and 401 without an admin login", async () => {
        expect((await http.get("/admin/customers/cus_unknown/account-profile", admin)).status).toBe(404)
        const { res } = await register(http)
        expect((await http.get(`/admin/customers/${res.data.id}/account-profile`)).status).toBe(401)
      })
    })

    describe("GET /admin/customer-accounts/profiles", () => {
      it("finds customers by part of their username, in any case", async () => {
        const tag = Date.now().toString(36)
        const a = await register(http, newCustomer({ username: `Anna_${tag}`, first_name: "Anna" }))
        const b = await register(http, newCustomer({ username: `hanna.${tag}` }))
        await register(http, newCustomer({ username: `otto_${tag}` }))

        const res = await http.get(`/admin/customer-accounts/profiles?q=ANNA`, admin)
        expect(res.status).toBe(200)
        expect(res.data.count).toBe(2)
        expect(res.data.profiles.map((p: { username: string }) => p.username)).toEqual([`Anna_${tag}`, `hanna.${tag}`])
        expect(res.data.profiles[0].customer).toMatchObject({ id: a.res.data.id, email: a.body.email, first_name: "Anna" })
        expect(res.data.profiles[1].customer.id).toBe(b.res.data.id)

        // "_" and "%" are matched literally, not as wildcards.
        const literal = await http.get(`/admin/customer-accounts/profiles?q=${encodeURIComponent("a_")}`, admin)
        expect(literal.data.profiles.map((p: { username: string }) => p.username)).toEqual([`Anna_${tag}`])
        const percent = await http.get(`/admin/customer-accounts/profiles?q=${encodeURIComponent("%")}`, admin)
        expect(percent.data.count).toBe(0)
      })

      it("pages and validates its query, and needs an admin", async () => {
        for (let i = 0; i < 3; i++) await register(http)
        const page = await http.get("/admin/customer-accounts/profiles?limit=2&offset=1", admin)
        expect(page.status).toBe(200)
        expect(page.data).toMatchObject({ count: 3, limit: 2, offset: 1 })
        expect(page.data.profiles).toHaveLength(2)
        expect((await http.get("/admin/customer-accounts/profiles?limit=0", admin)).status).toBe(400)
        expect((await http.get("/admin/customer-accounts/profiles")).status).toBe(401)
      })
    })
  },
})
