import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { MAX, accountTableCounts, bearer, captureEvents, client, createPublishableKey, login, newCustomer, register, signUpTheMedusaWay } from "./helpers"

jest.setTimeout(180000)

shopIntegrationRunner({
  testSuite: ({ http: api, db, getContainer }) => {
    const http = client(api)

    describe("POST /api/v1/customer/registration", () => {
      it.each(["/api/v1/customer/registration/", "/api/v1/customer/registration"])(
        "answers the contract's 201 body for the specification's example (%s)",
        async (path) => {
          const res = await http.post(path, MAX)
          expect(res.status).toBe(201)
          expect(res.data).toEqual({
            id: expect.stringMatching(/^cus_/),
            username: "maxm",
            first_name: "Max",
            email: "max.mustermann@email.com",
          })
          expect(JSON.stringify(res.data)).not.toContain(MAX.password)
        }
      )

      it("stores a Medusa customer, its profile, its default address and an emailpass identity", async () => {
        const res = await http.post("/api/v1/customer/registration/", MAX)
        expect(res.status).toBe(201)
        const customerId = res.data.id

        const { rows: customers } = await db.raw(
          "select email, first_name, last_name, phone, has_account from customer where id = ?",
          [customerId]
        )
        expect(customers).toEqual([
          { email: MAX.email, first_name: "Max", last_name: "Mustermann", phone: "+4014516266", has_account: true },
        ])

        const { rows: profiles } = await db.raw(
          `select p.username, p.title, p.birthday from customer_profile p
           join customer_customer_customeraccounts_customer_profile l on l.customer_profile_id = p.id and l.deleted_at is null
           where l.customer_id = ?`,
          [customerId]
        )
        expect(profiles).toEqual([{ username: "maxm", title: "Mr.", birthday: "1990-01-01" }])

        const { rows: addresses } = await db.raw(
          `select address_1, postal_code, city, first_name, last_name, phone, is_default_shipping, is_default_billing
           from customer_address where customer_id = ?`,
          [customerId]
        )
        expect(addresses).toEqual([
          {
            address_1: "Musterstr. 13",
            postal_code: "10000",
            city: "Musterstadt",
            first_name: "Max",
            last_name: "Mustermann",
            phone: "+4014516266",
            is_default_shipping: true,
            is_default_billing: true,
          },
        ])

        const { rows: identities } = await db.raw<{ app_metadata: unknown; provider_metadata: { password: string } }>(
          `select ai.app_metadata, pi.provider_metadata from provider_identity pi
           join auth_identity ai on ai.id = pi.auth_identity_id where pi.entity_id = ? and pi.provider = 'emailpass'`,
          [MAX.email]
        )
        expect(identities).toHaveLength(1)
        expect(identities[0].app_metadata).toEqual({ customer_id: customerId })
        // scrypt-kdf's format, never the password itself
        expect(identities[0].provider_metadata.password).toMatch(/^c2NyeXB0/)
        expect(JSON.stringify(identities)).not.toContain(MAX.password)
      })

      it("accepts the specification's {type, value, required} descriptors", async () => {
        const flat = newCustomer()
        const descriptors = Object.fromEntries(
          Object.entries(flat).map(([key, value]) => [key, { type: "str", value, required: !["title", "birthday"].includes(key) }])
        )
        const res = await http.post("/api/v1/customer/registration/", descriptors)
        expect(res.status).toBe(201)
        expect(res.data).toEqual({ id: expect.any(String), username: flat.username, first_name: "Max", email: flat.email })

        const token = (await login(http, flat.username, flat.password)).data.token
        const me = await http.get("/api/v1/customer/me/", bearer(token))
        expect(me.data).toMatchObject({ title: "Mr.", birthday: "1990-01-01", address: MAX.address, phone: MAX.phone })
      })

      it("ignores unknown fields and treats empty optional fields as not given", async () => {
        const body = newCustomer({ title: "", birthday: null, newsletter: true, id: "cus_forged" })
        const res = await http.post("/api/v1/customer/registration", body)
        expect(res.status).toBe(201)
        expect(res.data.id).not.toBe("cus_forged")
        const { rows } = await db.raw("select title, birthday from customer_profile where username = ?", [body.username])
        expect(rows).toEqual([{ title: null, birthday: null }])
      })

      it("keeps names with umlauts, accents and apostrophes intact", async () => {
        const body = newCustomer({ first_name: "Zoë-Ångström", last_name: "O'Brien Müller-Lüdenscheidt", title: "Dr. rer. nat." })
        const res = await http.post("/api/v1/customer/registration/", body)
        expect(res.status).toBe(201)
        expect(res.data.first_name).toBe("Zoë-Ångström")

        const token = (await login(http, body.username, body.password)).data.token
        const me = await http.get("/api/v1/customer/me/", bearer(token))
        expect(me.data.first_name).toBe("Zoë-Ångström")
        expect(me.data.last_name).toBe("O'Brien Müller-Lüdenscheidt")
        expect(me.data.title).toBe("Dr. rer. nat.")
      })

      it("trims names and stores the email lower-cased", async () => {
        const body = newCustomer({ first_name: "  Max  ", email: "  Mixed.Case@Example.COM " })
        const res = await http.post("/api/v1/customer/registration/", body)
        expect(res.status).toBe(201)
        expect(res.data).toMatchObject({ first_name: "Max", email: "mixed.case@example.com" })
      })

      it("stores an address without a postal-code tail as the street line", async () => {
        const body = newCustomer({ address: "Postfach 1234 Berlin" })
        const res = await http.post("/api/v1/customer/registration/", body)
        expect(res.status).toBe(201)
        const { rows } = await db.raw("select address_1, postal_code, city from customer_address where customer_id = ?", [
          res.data.id,
        ])
        expect(rows).toEqual([{ address_1: "Postfach 1234 Berlin", postal_code: null, city: null }])
      })

      it("lets the credentials log in on Medusa's own /auth/customer/emailpass and /store/customers/me", async () => {
        const { body, res } = await register(http)
        const auth = await http.post("/auth/customer/emailpass", { email: body.email, password: body.password })
        expect(auth.status).toBe(200)

        const key = await createPublishableKey(getContainer())
        const me = await http.get("/store/customers/me", { ...bearer(auth.data.token), "x-publishable-api-key": key })
        expect(me.status).toBe(200)
        expect(me.data.customer).toMatchObject({ id: res.data.id, email: body.email, first_name: "Max" })

        const ours = await http.get("/api/v1/customer/me/", bearer(auth.data.token))
        expect(ours.status).toBe(200)
        expect(ours.data.id).toBe(res.data.id)
      })

      it("emits customer-accounts.registered for the welcome email", async () => {
        const events = captureEvents(getContainer(), "customer-accounts.registered")
        const { body, res } = await register(http)
        const received = await events.waitFor(1)
        expect(received.map((e) => e.data)).toContainEqual({ id: res.data.id, username: body.username })
      })

      it.each([
        ["the same username", (taken: typeof MAX) => ({ username: taken.username })],
        ["the username in another case", (taken: typeof MAX) => ({ username: taken.username.toUpperCase() })],
      ])("answers 409 Username already taken for %s and creates nothing", async (_name, clash) => {
        const { body: taken } = await register(http)
        const before = await accountTableCounts(db)
        const res = await http.post("/api/v1/customer/registration/", newCustomer(clash(taken)))
        expect(res.status).toBe(409)
        expect(res.data).toEqual({ errorMessage: "Username already taken" })
        expect(await accountTableCounts(db)).toEqual(before)
      })

      it.each([
        ["the same email", (taken: typeof MAX) => ({ email: taken.email })],
        ["the email in another case", (taken: typeof MAX) => ({ email: taken.email.toUpperCase() })],
      ])("answers 409 Email already registered for %s and creates nothing", async (_name, clash) => {
        const { body: taken } = await register(http)
        const before = await accountTableCounts(db)
        const res = await http.post("/api/v1/customer/registration/", newCustomer(clash(taken)))
        expect(res.status).toBe(409)
        expect(res.data).toEqual({ errorMessage: "Email already registered" })
        expect(await accountTableCounts(db)).toEqual(before)
      })

      it("answers 409 for an email that signed up through Medusa's own routes in another case", async () => {
        await signUpTheMedusaWay(getContainer(), "Native.Shopper@Example.com", "native-pass-1")
        const res = await http.post("/api/v1/customer/registration/", newCustomer({ email: "native.shopper@example.com" }))
        expect(res.status).toBe(409)
        expect(res.data).toEqual({ errorMessage: "Email already registered" })
      })

      it("leaves nothing behind when the last step (the address) fails", async () => {
        // A database trigger makes the address insert fail for one street: the
        // real workflow runs against a database that refuses its last write.
        await db.raw(`
          create or replace function refuse_rollback_probe() returns trigger as $$
          begin
            if new.address_1 = 'Rollback Probe 1' then raise exception 'address refused by test trigger'; end if;
            return new;
          end $$ language plpgsql;
        `)
        await db.raw(
          "create trigger refuse_rollback_probe before insert on customer_address for each row execute function refuse_rollback_probe()"
        )
        try {
          const events = captureEvents(getContainer(), "customer-accounts.registered")
          const before = await accountTableCounts(db)
          const body = newCustomer({ address: "Rollback Probe 1, 12345 Nowhere" })
          const res = await http.post("/api/v1/customer/registration/", body)
          expect(res.status).toBe(500)
          expect(res.data).toEqual({ errorMessage: "Internal Server Error" })

          expect(await accountTableCounts(db)).toEqual(before)
          const { rows: links } = await db.raw(
            "select count(*)::int as n from customer_customer_customeraccounts_customer_profile where deleted_at is null"
          )
          const { rows: customers } = await db.raw("select count(*)::int as n from customer where email = ?", [body.email])
          expect(customers[0].n).toBe(0)
          const { rows: identities } = await db.raw("select count(*)::int as n from provider_identity where entity_id = ?", [
            body.email,
          ])
          expect(identities[0].n).toBe(0)
          expect(links[0].n).toBe(before.customer_profile)

          // The same username and email register fine afterwards.
          await db.raw("drop trigger refuse_rollback_probe on customer_address")
          const retry = await http.post("/api/v1/customer/registration/", { ...body, address: MAX.address })
          expect(retry.status).toBe(201)
          await events.waitFor(1)
          expect(events.received.map((e) => e.data.username)).toEqual([body.username])
        } finally {
          await db.raw("drop trigger if exists refuse_rollback_probe on customer_address")
          await db.raw("drop function if exists refuse_rollback_probe()")
        }
      })

      it("registers a contested username once when requests race, and the losers leave nothing", async () => {
        const contested = `race_${Date.now().toString(36)}`
        const bodies = Array.from({ length: 4 }, () => newCustomer({ username: contested }))
        const before = await accountTableCounts(db)
        const results = await Promise.all(bodies.map((b) => http.post("/api/v1/customer/registration/", b)))
        const statuses = results.map((r) => r.status).sort()
        expect(statuses).toEqual([201, 409, 409, 409])
        for (const r of results.filter((r) => r.status === 409)) {
          expect(r.data).toEqual({ errorMessage: "Username already taken" })
        }
        const after = await accountTableCounts(db)
        expect(after.customer).toBe(before.customer + 1)
        expect(after.customer_profile).toBe(before.customer_profile + 1)
        expect(after.auth_identity).toBe(before.auth_identity + 1)
        expect(after.customer_address).toBe(before.customer_address + 1)
      })
    })
  },
})
