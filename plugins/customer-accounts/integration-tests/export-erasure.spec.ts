import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, createWorkflow, StepResponse, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { placeOrder } from "../../../tests/helpers/checkout"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { openShop } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { MAX, bearer, captureEvents, client, login, newCustomer, register, sessionCookie } from "./helpers"

jest.setTimeout(300000)

/** The address of the purchase: the export shows it and the erasure must remove it. */
const ADDRESS = {
  first_name: "Max",
  last_name: "Mustermann",
  address_1: "Musterstr. 13",
  postal_code: "10000",
  city: "Musterstadt",
  country_code: "de",
  phone: "+4014516266",
}

// A section contributed the way another plugin (reviews, wishlist, ...) would:
// workflows with the conventional ids, registered by loading them.
const erasedSections: string[] = []
const exportTestSection = createWorkflow("customer-data.export.test_notes", (input: { customer_id: string }) => {
  const notes = createStep("test-notes-export", async (data: { customer_id: string }) => {
    return new StepResponse([{ customer_id: data.customer_id, note: "likes kiwis" }])
  })(input)
  return new WorkflowResponse(notes)
})
const eraseTestSection = createWorkflow("customer-data.erase.test_notes", (input: { customer_id: string }) => {
  createStep("test-notes-erase", async (data: { customer_id: string }) => {
    erasedSections.push(data.customer_id)
  })(input)
  return new WorkflowResponse(undefined)
})
void exportTestSection
void eraseTestSection

shopIntegrationRunner({
  testSuite: ({ http: api, db, getContainer }) => {
    const http = client(api)
    let shop: ShopClient

    beforeAll(async () => {
      shop = await openShop(api, getContainer(), db)
    })

    async function customerWithOrder(overrides: Record<string, unknown> = {}) {
      const { body, res } = await register(http, newCustomer(overrides))
      const loggedIn = await login(http, body.username, body.password)
      const token = String(loggedIn.data.token)
      const id = String(res.data.id)
      // A purchase through Medusa's store API, as a storefront makes it, as this customer.
      const order = await placeOrder(shop, {
        customer: { id, email: body.email, password: body.password, token },
        items: [{ handle: "kiwi" }],
        address: ADDRESS,
      })
      return { body, id, auth: bearer(token), cookie: sessionCookie(loggedIn), order }
    }

    describe("GET /api/v1/customer/me/export", () => {
      it("returns profile, addresses and the order placed through the store API (both paths)", async () => {
        const { body, id, auth, order } = await customerWithOrder({ first_name: "Zoë" })
        for (const path of ["/api/v1/customer/me/export/", "/api/v1/customer/me/export"]) {
          const res = await http.get(path, auth)
          expect(res.status).toBe(200)
          expect(res.headers["content-disposition"]).toBe(`attachment; filename="customer-data-${id}.json"`)
          expect(res.data).toMatchObject({
            format: "shop.customer-data/1",
            exported_at: expect.any(String),
            customer: {
              id,
              email: body.email,
              username: body.username,
              first_name: "Zoë",
              last_name: "Mustermann",
              phone: MAX.phone,
              title: "Mr.",
              birthday: "1990-01-01",
            },
            addresses: [expect.objectContaining({ address_1: "Musterstr. 13", postal_code: "10000", city: "Musterstadt" })],
          })
          expect(res.data.orders).toHaveLength(1)
          expect(res.data.orders[0]).toMatchObject({
            id: order.id,
            display_id: order.display_id,
            email: body.email,
            currency_code: "eur",
            items: [expect.objectContaining({ title: expect.any(String), quantity: 1, unit_price: 4 })],
            shipping_address: expect.objectContaining({ first_name: "Max", address_1: "Musterstr. 13", city: "Musterstadt" }),
            shipping_methods: [expect.objectContaining({ name: "Standard" })],
          })
          expect(res.data.orders[0].total).toBeGreaterThan(4)
        }
      })

      it("includes the sections other plugins contribute through customer-data.export.<section> workflows", async () => {
        const { body, res: registered } = await register(http)
        const token = (await login(http, body.username, body.password)).data.token
        const res = await http.get("/api/v1/customer/me/export/", bearer(token))
        const id = registered.data.id
        expect(res.status).toBe(200)
        expect(res.data.test_notes).toEqual([{ customer_id: id, note: "likes kiwis" }])
        expect(res.data.orders).toEqual([])
      })

      it("works with the session cookie and answers 401 without a login", async () => {
        const { body } = await register(http)
        const cookie = sessionCookie(await login(http, body.username, body.password))
        expect((await http.get("/api/v1/customer/me/export/", { cookie })).status).toBe(200)
        const anonymous = await http.get("/api/v1/customer/me/export/")
        expect(anonymous.status).toBe(401)
        expect(anonymous.data).toEqual({ errorMessage: "Unauthorized" })
      })
    })

    describe("DELETE /api/v1/customer/me (erasure)", () => {
      it("anonymises the customer, keeps the order anonymised, removes the login and frees the username", async () => {
        const { body, id, auth, cookie, order } = await customerWithOrder({ first_name: "Åsa", last_name: "O'Neill" })
        const events = captureEvents(getContainer(), "customer-accounts.erased")
        erasedSections.length = 0

        const res = await http.delete("/api/v1/customer/me/", auth)
        expect(res.status).toBe(200)
        expect(res.data).toEqual({ id, erased: true })
        expect(erasedSections).toEqual([id])
        expect((await events.waitFor(1)).map((e) => e.data)).toEqual([{ id }])

        // The login is gone: by username, by email, on Medusa's route, and old sessions and tokens are dead.
        expect((await login(http, body.username, body.password)).status).toBe(401)
        expect((await login(http, body.email, body.password)).status).toBe(401)
        expect((await http.post("/auth/customer/emailpass", { email: body.email, password: body.password })).status).toBe(401)
        expect((await http.get("/api/v1/customer/me/", auth)).status).toBe(401)
        expect((await http.get("/api/v1/customer/me/", { cookie })).status).toBe(401)

        // The order is still there for accounting, without personal data.
        const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
        const { data: orders } = await query.graph({
          entity: "order",
          fields: ["id", "email", "customer_id", "total", "items.quantity", "shipping_address.*", "billing_address.*"],
          filters: { id: order.id },
        })
        expect(orders).toHaveLength(1)
        type KeptOrder = { email: string; customer_id: string; total: unknown; shipping_address: unknown; billing_address: unknown }
        const kept = orders[0] as KeptOrder
        expect(kept.email).toBe(`erased+${id.toLowerCase()}@erased.invalid`)
        expect(kept.customer_id).toBe(id)
        expect(Number(kept.total)).toBe(Number(order.total))
        for (const address of [kept.shipping_address, kept.billing_address]) {
          expect(address).toMatchObject({ first_name: "", last_name: "", address_1: "", city: "", postal_code: "", phone: "", country_code: "de" })
        }

        // Nothing personal is left in the customer, address, profile or identity tables.
        const dump = JSON.stringify([
          (await db.raw("select * from customer where id = ?", [id])).rows,
          (await db.raw("select * from customer_address where customer_id = ?", [id])).rows,
          (await db.raw("select * from cart where customer_id = ?", [id])).rows,
          (await db.raw("select * from cart_address")).rows,
          (await db.raw("select * from order_address")).rows,
          (await db.raw("select * from customer_profile")).rows,
          (await db.raw("select * from provider_identity")).rows,
        ])
        for (const personal of [body.email, body.username, "Åsa", "O'Neill", "Musterstr. 13", "Musterstadt", MAX.phone]) {
          expect(dump).not.toContain(personal)
        }
        const { rows: customer } = await db.raw("select email, first_name, deleted_at from customer where id = ?", [id])
        expect(customer[0].first_name).toBeNull()
        expect(customer[0].deleted_at).not.toBeNull()

        // The username and the email can be registered again.
        const again = await http.post("/api/v1/customer/registration/", newCustomer({ username: body.username, email: body.email }))
        expect(again.status).toBe(201)
        expect(again.data.id).not.toBe(id)
        expect((await login(http, body.username, MAX.password)).status).toBe(200)
      })

      it("answers 401 without a login and erases nothing", async () => {
        const { body } = await register(http)
        for (const path of ["/api/v1/customer/me/", "/api/v1/customer/me"]) {
          const res = await http.delete(path)
          expect(res.status).toBe(401)
          expect(res.data).toEqual({ errorMessage: "Unauthorized" })
        }
        expect((await login(http, body.username, body.password)).status).toBe(200)
      })

      it("ends the session and works on the path without trailing slash", async () => {
        const { body } = await register(http)
        const loggedIn = await login(http, body.username, body.password)
        const cookie = sessionCookie(loggedIn)
        const res = await http.delete("/api/v1/customer/me", { cookie })
        expect(res.status).toBe(200)
        expect([res.headers["set-cookie"]].flat().join(";")).toMatch(/connect\.sid=;/)
        expect((await http.get("/api/v1/customer/me/", { cookie })).status).toBe(401)
      })

      it("changes nothing when a late part of the erasure fails", async () => {
        const { body, id, auth, order } = await customerWithOrder()
        await db.raw(`
          create or replace function refuse_customer_soft_delete() returns trigger as $$
          begin
            if new.deleted_at is not null and old.deleted_at is null then raise exception 'erasure refused by test trigger'; end if;
            return new;
          end $$ language plpgsql;
        `)
        await db.raw("create trigger refuse_customer_soft_delete before update on customer for each row execute function refuse_customer_soft_delete()")
        try {
          const res = await http.delete("/api/v1/customer/me/", auth)
          expect(res.status).toBe(500)
        } finally {
          await db.raw("drop trigger if exists refuse_customer_soft_delete on customer")
          await db.raw("drop function if exists refuse_customer_soft_delete()")
        }
        // Everything is back: profile, addresses, order data, login.
        const me = await http.get("/api/v1/customer/me/", auth)
        expect(me.status).toBe(200)
        expect(me.data).toMatchObject({ id, username: body.username, email: body.email, first_name: "Max", address: MAX.address })
        const { rows } = await db.raw(
          "select o.email, a.first_name, a.address_1 from \"order\" o join order_address a on a.id = o.shipping_address_id where o.id = ?",
          [order.id]
        )
        expect(rows).toEqual([{ email: body.email, first_name: "Max", address_1: "Musterstr. 13" }])
        expect((await login(http, body.username, body.password)).status).toBe(200)
      })
    })
  },
})
