/**
 * Input that cannot hurt: the requests a probe of the running store answered
 * with 500 (issue 21), each now a clear 400 in the answering API's error shape,
 * and none of them writing a row. And the security headers of every kind of
 * backend answer (one booted app for both, to keep CI short).
 */
import { ANY_STATUS } from "../helpers/http"
import type { HttpResponse } from "../helpers/http"
import { openShop, productByHandle } from "../helpers/store-fixtures"
import type { Product, ShopClient } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(180000)

function expectApiV1Error(res: HttpResponse, status = 400): void {
  expect({ status: res.status, body: res.data }).toEqual({ status, body: expect.objectContaining({ errorMessage: expect.any(String) }) })
}

function expectMedusaError(res: HttpResponse, status = 400): void {
  expect({ status: res.status, body: res.data }).toEqual({
    status,
    body: expect.objectContaining({ type: expect.any(String), message: expect.any(String) }),
  })
}

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let client: ShopClient
    let banana: Product
    let regionId = ""

    beforeAll(async () => {
      client = await openShop(http, getContainer(), db)
      regionId = client.shop.regionId
      banana = await productByHandle(client, "banana")
    })

    async function newCart(): Promise<string> {
      const res = await client.store("post", "/store/carts", { body: { region_id: regionId } })
      expect(res.status).toBe(200)
      return String(res.data.cart.id)
    }

    async function lineCount(): Promise<number> {
      const { rows } = await db.raw<{ n: number }>("select count(*)::int as n from cart_line_item")
      return Number(rows[0].n)
    }

    describe("NUL bytes never reach PostgreSQL", () => {
      it("GET /api/v1/product/x%00/ answers 400 in the contract's shape", async () => {
        expectApiV1Error(await http.get("/api/v1/product/x%00/", ANY_STATUS))
      })

      it("GET /api/v1/product/?search=a%00b answers 400 in the contract's shape", async () => {
        expectApiV1Error(await http.get("/api/v1/product/?search=a%00b", ANY_STATUS))
      })

      it("POST /api/v1/customer/login/ with a NUL in the login answers 400 in the contract's shape", async () => {
        expectApiV1Error(await http.post("/api/v1/customer/login/", { login: "a\u0000b", password: "whatever-2026" }, ANY_STATUS))
      })

      it("GET /store/products/x%00 answers 400 in Medusa's shape", async () => {
        expectMedusaError(await client.store("get", "/store/products/x%00"))
      })

      it("POST /auth/customer/emailpass with a NUL in the email answers 400 in Medusa's shape", async () => {
        expectMedusaError(await http.post("/auth/customer/emailpass", { email: "a\u0000b@example.test", password: "x" }, ANY_STATUS))
      })

      it("POST /store/carts with a NUL in a key answers 400 and creates no cart", async () => {
        const before = await db.raw<{ n: number }>("select count(*)::int as n from cart")
        expectMedusaError(await client.store("post", "/store/carts", { body: { region_id: regionId, metadata: { "a\u0000": 1 } } }))
        const after = await db.raw<{ n: number }>("select count(*)::int as n from cart")
        expect(after.rows[0].n).toBe(before.rows[0].n)
      })
    })

    describe("malformed percent-encoding", () => {
      it("GET /api/v1/product/%ff/ answers 400 in the contract's shape", async () => {
        expectApiV1Error(await http.get("/api/v1/product/%ff/", ANY_STATUS))
      })

      it("GET /store/products/%ff and /store/products/%zz answer 400 in Medusa's shape", async () => {
        expectMedusaError(await client.store("get", "/store/products/%ff"))
        expectMedusaError(await client.store("get", "/store/products/%zz"))
      })

      it("GET /admin/products?q=%e0%a4 answers 400 in Medusa's shape", async () => {
        expectMedusaError(await client.admin("get", "/admin/products?q=%e0%a4"))
      })
    })

    describe("objects where strings or numbers are expected", () => {
      it("POST /store/carts with {product_id: {toString: 'x'}} answers 400", async () => {
        expectMedusaError(await client.store("post", "/store/carts", { body: { region_id: { toString: "x" } } }))
      })

      it("POST /store/carts/:id/line-items with {variant_id: {toString: 'x'}} answers 400", async () => {
        const cartId = await newCart()
        expectMedusaError(await client.store("post", `/store/carts/${cartId}/line-items`, { body: { variant_id: { toString: "x" }, quantity: 1 } }))
        expectMedusaError(await client.store("post", `/store/carts/${cartId}/line-items`, { body: { variant_id: banana.variantId, quantity: { valueOf: 1 } } }))
      })

      it("POST /api/v1/customer/login/ with {login: {toString: 'x'}} answers 400 in the contract's shape", async () => {
        expectApiV1Error(await http.post("/api/v1/customer/login/", { login: { toString: "x" }, password: "whatever-2026" }, ANY_STATUS))
      })

      it("a query parameter shaped as an object with toString is never a 500", async () => {
        // Medusa's query parser drops such keys; whatever it keeps must not break a route.
        const res = await client.store("get", "/store/products?q[toString]=x&fields[valueOf]=id")
        expect(res.status).toBeLessThan(500)
      })
    })

    describe("quantities are positive whole numbers on every cart line route", () => {
      for (const quantity of [1e-25, 1e-7, 0.4, 1.5, 0, -1, "1", 1e21]) {
        it(`POST /store/carts/:id/line-items with quantity ${JSON.stringify(quantity)} answers 400 and adds no line`, async () => {
          const cartId = await newCart()
          const before = await lineCount()
          expectMedusaError(await client.store("post", `/store/carts/${cartId}/line-items`, { body: { variant_id: banana.variantId, quantity } }))
          expect(await lineCount()).toBe(before)
        })
      }

      it("POST /store/carts with items of quantity 0.4 answers 400 and creates no cart", async () => {
        const before = await db.raw<{ n: number }>("select count(*)::int as n from cart")
        expectMedusaError(await client.store("post", "/store/carts", { body: { region_id: regionId, items: [{ variant_id: banana.variantId, quantity: 0.4 }] } }))
        const after = await db.raw<{ n: number }>("select count(*)::int as n from cart")
        expect(after.rows[0].n).toBe(before.rows[0].n)
      })

      it("POST /store/carts/:id/line-items/:line_id with quantity 1e-7 answers 400 and keeps the quantity", async () => {
        const cartId = await newCart()
        const added = await client.store("post", `/store/carts/${cartId}/line-items`, { body: { variant_id: banana.variantId, quantity: 1 } })
        expect(added.status).toBe(200)
        const lineId = String(added.data.cart.items[0].id)
        expectMedusaError(await client.store("post", `/store/carts/${cartId}/line-items/${lineId}`, { body: { quantity: 1e-7 } }))
        const { rows } = await db.raw<{ quantity: string }>("select quantity::text from cart_line_item where id = ?", [lineId])
        expect(Number(rows[0].quantity)).toBe(1)
      })

      it("a whole quantity is still added", async () => {
        const cartId = await newCart()
        const res = await client.store("post", `/store/carts/${cartId}/line-items`, { body: { variant_id: banana.variantId, quantity: 2 } })
        expect(res.status).toBe(200)
        expect(res.data.cart.items[0].quantity).toBe(2)
      })
    })

    describe("Medusa's cart routes on a cart that does not exist (found by the fuzz suite)", () => {
      it("updating or deleting a line and adding promotions answer 404, not 500", async () => {
        const cartId = await newCart()
        const added = await client.store("post", `/store/carts/${cartId}/line-items`, { body: { variant_id: banana.variantId, quantity: 1 } })
        const lineId = String(added.data.cart.items[0].id)
        expectMedusaError(await client.store("delete", `/store/carts/cart_missing/line-items/${lineId}`), 404)
        expectMedusaError(await client.store("post", `/store/carts/cart_missing/line-items/${lineId}`, { body: { quantity: 2 } }), 404)
        expectMedusaError(await client.store("post", "/store/carts/cart_missing/promotions", { body: { promo_codes: ["X"] } }), 404)
        expect(await lineCount()).toBeGreaterThan(0)
      })
    })

    describe("limit and offset on list routes", () => {
      for (const query of ["limit=-1", "limit=abc", "limit=1.5", "offset=-1", "offset=1e3", "limit=100000000"]) {
        it(`GET /store/products?${query} answers 400`, async () => {
          expectMedusaError(await client.store("get", `/store/products?${query}`))
        })
        it(`GET /admin/orders?${query} answers 400`, async () => {
          expectMedusaError(await client.admin("get", `/admin/orders?${query}`))
        })
      }

      it("a sane limit and offset still list products", async () => {
        const res = await client.store("get", "/store/products?limit=2&offset=1")
        expect(res.status).toBe(200)
        expect(res.data.products).toHaveLength(2)
      })
    })
    describe("security headers", () => {
      const kinds: [string, () => Promise<HttpResponse>][] = [
        ["a store route", () => client.store("get", "/store/products?limit=1")],
        ["an admin route", () => client.admin("get", "/admin/products?limit=1")],
        ["an auth route", () => http.post("/auth/customer/emailpass", { email: "nobody@example.test", password: "wrong-password" }, ANY_STATUS)],
        ["an api/v1 route", () => http.get("/api/v1/product/", ANY_STATUS)],
        ["an api/v1 error", () => http.get("/api/v1/product/x%00/", ANY_STATUS)],
        ["a plugin route", () => client.store("get", "/store/recommendations/bestsellers")],
      ]
      for (const [kind, request] of kinds) {
        it(`${kind} answers with nosniff, a referrer policy, no framing and no X-Powered-By`, async () => {
          const res = await request()
          expect(res.status).toBeLessThan(500)
          expect(res.headers["x-powered-by"]).toBeUndefined()
          expect(res.headers["x-content-type-options"]).toBe("nosniff")
          expect(res.headers["referrer-policy"]).toBe("strict-origin-when-cross-origin")
          expect(res.headers["x-frame-options"]).toBe("DENY")
          expect(res.headers["content-security-policy"]).toMatch(/frame-ancestors 'none'/)
          expect(res.headers["strict-transport-security"]).toBeUndefined()
        })
      }

      it("sends HSTS only when the request came over HTTPS (through the trusted proxy)", async () => {
        const res = await client.store("get", "/store/products?limit=1", { headers: { "x-forwarded-proto": "https" } })
        expect(res.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains")
      })

      it("the 3-D Secure challenge page may be framed by the storefront only", async () => {
        const res = await http.get("/payment-mock/3ds/payses_missing/challenge_missing", ANY_STATUS)
        expect(res.status).toBe(404)
        expect(res.headers["x-frame-options"]).toBeUndefined()
        const csp = String(res.headers["content-security-policy"])
        const ancestors = csp.split(";").map((d) => d.trim()).find((d) => d.startsWith("frame-ancestors"))
        expect(ancestors).toBeDefined()
        expect(ancestors).not.toMatch(/\*|'self'|'none'/)
        expect(ancestors).toContain("http://127.0.0.1:8000")
      })
    })
  },
})
