import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import type { Client } from "./helpers"
import { bearer, client, login, newCustomer, register, signUpTheMedusaWay } from "./helpers"

jest.setTimeout(180000)

async function loggedIn(http: Client, overrides: Record<string, unknown> = {}) {
  const { body, res } = await register(http, newCustomer(overrides))
  const token = (await login(http, body.username, body.password)).data.token
  return { body, id: res.data.id as string, auth: bearer(token) }
}

shopIntegrationRunner({
  testSuite: ({ http: api, db, getContainer }) => {
    const http = client(api)

    describe("POST /api/v1/customer/me", () => {
      it("changes names, phone, title, birthday, username and address (both paths)", async () => {
        const { body, id, auth } = await loggedIn(http)
        const res = await http.post(
          "/api/v1/customer/me/",
          {
            first_name: "Renée",
            last_name: "L'Écuyer",
            phone: "+49 (30) 123-456",
            title: "Dr.",
            birthday: "1985-02-28",
            username: `${body.username}_new`,
            address: "Hauptstraße 5, 80331 München",
          },
          auth
        )
        expect(res.status).toBe(200)
        expect(res.data).toEqual({
          id,
          username: `${body.username}_new`,
          first_name: "Renée",
          last_name: "L'Écuyer",
          email: body.email,
          phone: "+49 (30) 123-456",
          title: "Dr.",
          birthday: "1985-02-28",
          address: "Hauptstraße 5, 80331 München",
        })

        const { rows } = await db.raw(
          "select address_1, postal_code, city, first_name, last_name, is_default_shipping from customer_address where customer_id = ?",
          [id]
        )
        expect(rows).toEqual([
          { address_1: "Hauptstraße 5", postal_code: "80331", city: "München", first_name: "Renée", last_name: "L'Écuyer", is_default_shipping: true },
        ])

        const again = await http.post("/api/v1/customer/me", { title: "Prof." }, auth)
        expect(again.status).toBe(200)
        expect(again.data.title).toBe("Prof.")
        expect(again.data.first_name).toBe("Renée")

        // The old username is free, the new one logs in.
        expect((await login(http, `${body.username}_new`, body.password)).status).toBe(200)
        expect((await login(http, body.username, body.password)).status).toBe(401)
      })

      it("clears title and birthday with null or an empty string", async () => {
        const { auth } = await loggedIn(http)
        const res = await http.post("/api/v1/customer/me/", { title: null, birthday: "" }, auth)
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ title: null, birthday: null })
      })

      it("lets a customer change the case of their own username", async () => {
        const { body, auth } = await loggedIn(http)
        const res = await http.post("/api/v1/customer/me/", { username: body.username.toUpperCase() }, auth)
        expect(res.status).toBe(200)
        expect(res.data.username).toBe(body.username.toUpperCase())
      })

      it("answers 409 for a username another customer has, in any case, and changes nothing", async () => {
        const { body: other } = await register(http)
        const { auth } = await loggedIn(http)
        const before = (await http.get("/api/v1/customer/me/", auth)).data
        for (const username of [other.username, other.username.toUpperCase()]) {
          const res = await http.post("/api/v1/customer/me/", { username, title: "Dr." }, auth)
          expect(res.status).toBe(409)
          expect(res.data).toEqual({ errorMessage: "Username already taken" })
        }
        expect((await http.get("/api/v1/customer/me/", auth)).data).toEqual(before)
      })

      it("rolls the whole edit back when a late part fails", async () => {
        const { auth } = await loggedIn(http)
        const before = (await http.get("/api/v1/customer/me/", auth)).data
        await db.raw(`
          create or replace function refuse_address_update() returns trigger as $$
          begin raise exception 'address update refused by test trigger'; end $$ language plpgsql;
        `)
        await db.raw("create trigger refuse_address_update before update on customer_address for each row execute function refuse_address_update()")
        try {
          const res = await http.post("/api/v1/customer/me/", { first_name: "Changed", title: "Changed", address: "Neue Str. 1, 12345 Neustadt" }, auth)
          expect(res.status).toBe(500)
          expect((await http.get("/api/v1/customer/me/", auth)).data).toEqual(before)
        } finally {
          await db.raw("drop trigger if exists refuse_address_update on customer_address")
          await db.raw("drop function if exists refuse_address_update()")
        }
      })

      const INVALID: [string, unknown][] = [
        ["username", "a b"],
        ["username", null],
        ["first_name", ""],
        ["first_name", null],
        ["last_name", 42],
        ["phone", "call me"],
        ["phone", "123"],
        ["title", "x".repeat(21)],
        ["birthday", "1990-02-30"],
        ["birthday", "2999-01-01"],
        ["address", "abc"],
        ["address", ["Musterstr. 13"]],
      ]
      it.each(INVALID)("answers 400 naming %s for %j and changes nothing", async (field, value) => {
        const { auth } = await loggedIn(http)
        const before = (await http.get("/api/v1/customer/me/", auth)).data
        const res = await http.post("/api/v1/customer/me/", { first_name: "Changed", [field]: value }, auth)
        expect(res.status).toBe(400)
        expect(res.data.errorMessage).toBe("Invalid Input")
        expect(res.data.errors.map((e: { field: string }) => e.field)).toContain(field)
        expect((await http.get("/api/v1/customer/me/", auth)).data).toEqual(before)
      })

      it("answers 400 for a body that is not a JSON object", async () => {
        const { auth } = await loggedIn(http)
        for (const [raw, type] of [["{", "application/json"], ["[]", "application/json"], ['{"title":"Dr."}', "text/plain"]]) {
          const res = await http.postRaw("/api/v1/customer/me", raw, { ...auth, "content-type": type })
          expect(res.status).toBe(400)
          expect(res.data.errorMessage).toBe("Invalid Input")
        }
      })

      it("answers 401 without a login, before looking at the body", async () => {
        const res = await http.postRaw("/api/v1/customer/me/", "{", { "content-type": "application/json" })
        expect(res.status).toBe(401)
        expect(res.data).toEqual({ errorMessage: "Unauthorized" })
      })

      it("gives a customer who signed up through Medusa's own routes a profile on first edit", async () => {
        const email = `native.${Date.now()}@example.com`
        await signUpTheMedusaWay(getContainer(), email, "native-pass-1", { first_name: "Native", last_name: "Shopper" })
        const token = (await login(http, email, "native-pass-1")).data.token

        const me = await http.get("/api/v1/customer/me/", bearer(token))
        expect(me.data).toMatchObject({ username: null, first_name: "Native", address: null })

        const titleOnly = await http.post("/api/v1/customer/me/", { title: "Ms." }, bearer(token))
        expect(titleOnly.status).toBe(400)
        expect(titleOnly.data.errors).toEqual([{ field: "username", message: "is required to create your profile" }])

        const res = await http.post("/api/v1/customer/me/", { username: `native_${Date.now()}`, title: "Ms.", address: "Am Markt 1" }, bearer(token))
        expect(res.status).toBe(200)
        expect(res.data).toMatchObject({ title: "Ms.", first_name: "Native", address: "Am Markt 1" })
        expect((await login(http, res.data.username, "native-pass-1")).status).toBe(200)
      })
    })
  },
})
