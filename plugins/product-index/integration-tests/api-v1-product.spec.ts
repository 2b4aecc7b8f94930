import { loadCatalogue } from "../../../src/scripts/seed/catalogue"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { fail, listAll, prepareStore } from "./helpers"
import type { ApiV1Product } from "./helpers"

jest.setTimeout(180000)

const CONTRACT_KEYS = ["name", "image", "price", "description", "brand", "stock"]

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    const catalogue = loadCatalogue()

    beforeAll(async () => {
      await prepareStore(http, getContainer(), db)
    })

    describe("GET /api/v1/product/", () => {
      it("answers the specification's shape and values for Banana, Apple and Kiwi", async () => {
        const res = await http.get("/api/v1/product/?limit=200")
        expect(res.status).toBe(200)
        expect(res.headers["content-type"]).toMatch(/^application\/json/)
        const byName = new Map<string, ApiV1Product>(res.data.map((p: ApiV1Product) => [p.name, p]))
        const expected = [
          { name: "Banana", price: 3, description: "this is a banana", brand: "Chiquita", stock: 2, handle: "banana" },
          { name: "Apple", price: 2, description: "this is an apple", brand: "Pink Lady", stock: 1, handle: "apple" },
          { name: "Kiwi", price: 4, description: "this a kiwi", brand: "Zespri", stock: 3, handle: "kiwi" },
        ]
        for (const e of expected) {
          const product = byName.get(e.name)
          expect(product).toEqual({
            ...e,
            image: expect.stringMatching(new RegExp(`^https?://[^/]+/.*${e.handle}[^/]*\\.png$`)),
            id: expect.stringMatching(/^prod_/),
            currency_code: "eur",
            rating: null,
            rating_count: 0,
          })
          expect(Object.keys(product as object).slice(0, 6)).toEqual(CONTRACT_KEYS)
        }
        // as sent: compact JSON, contract keys first, price a JSON number in major units
        const raw = await http.get("/api/v1/product/?limit=200", { responseType: "text", transformResponse: (data) => data })
        expect(raw.data).toMatch(
          /\{"name":"Banana","image":"[^"]+","price":3,"description":"this is a banana","brand":"Chiquita","stock":2,"id":"prod_[^"]+","handle":"banana","currency_code":"eur","rating":null,"rating_count":0\}/
        )
      })

      it("lists every published product, with the total in X-Total-Count, with and without the trailing slash", async () => {
        for (const path of ["/api/v1/product/?limit=200", "/api/v1/product?limit=200"]) {
          const res = await http.get(path)
          expect(res.status).toBe(200)
          expect(Number(res.headers["x-total-count"])).toBe(catalogue.products.length)
          expect(res.data).toHaveLength(catalogue.products.length)
        }
        const first = await http.get("/api/v1/product/")
        expect(first.data).toHaveLength(50)
        expect(Number(first.headers["x-total-count"])).toBe(catalogue.products.length)
      })

      it("shows each product as the catalogue defines it (price in major units, stock, brand)", async () => {
        const byHandle = new Map((await listAll(http)).map((p) => [p.handle, p]))
        for (const item of catalogue.products) {
          const product = byHandle.get(item.handle)
          expect(product).toMatchObject({
            name: item.title,
            description: item.description,
            brand: item.brand,
            stock: item.stock,
            price: item.price_minor / 100,
          })
        }
      })

      it("pages with limit and offset; past the end is an empty page with the same total", async () => {
        const all = await listAll(http)
        const pages: ApiV1Product[] = []
        for (let offset = 0; offset < all.length; offset += 7) {
          const res = await http.get(`/api/v1/product/?limit=7&offset=${offset}`)
          expect(Number(res.headers["x-total-count"])).toBe(all.length)
          pages.push(...res.data)
        }
        expect(pages.map((p) => p.id)).toEqual(all.map((p) => p.id))
        for (const offset of [all.length, 5000, 999999999]) {
          const res = await http.get(`/api/v1/product/?offset=${offset}`)
          expect(res.status).toBe(200)
          expect(res.data).toEqual([])
          expect(Number(res.headers["x-total-count"])).toBe(all.length)
        }
      })

      it("orders by name (default), price, -price, created_at and -created_at", async () => {
        const byName = await listAll(http)
        const names = byName.map((p) => p.name.toLowerCase())
        expect(names).toEqual([...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)))
        expect((await listAll(http, "&order=name")).map((p) => p.id)).toEqual(byName.map((p) => p.id))

        const cheapFirst = (await listAll(http, "&order=price")).map((p) => p.price as number)
        expect(cheapFirst).toEqual([...cheapFirst].sort((a, b) => a - b))
        const dearFirst = (await listAll(http, "&order=-price")).map((p) => p.price as number)
        expect(dearFirst).toEqual([...dearFirst].sort((a, b) => b - a))

        const { rows } = await db.raw<{ id: string; created_at: Date }>("select id, created_at from product where deleted_at is null")
        const created = new Map(rows.map((r) => [String(r.id), new Date(r.created_at).getTime()]))
        const oldest = (await listAll(http, "&order=created_at")).map((p) => created.get(p.id) as number)
        expect(oldest).toEqual([...oldest].sort((a, b) => a - b))
        const newest = (await listAll(http, "&order=-created_at")).map((p) => created.get(p.id) as number)
        expect(newest).toEqual([...newest].sort((a, b) => b - a))
      })

      it("searches name, description and brand with q, ignoring case", async () => {
        const bananas = await listAll(http, "&q=BaNaNa")
        expect(bananas.map((p) => p.name)).toEqual(expect.arrayContaining(["Banana"]))
        for (const p of bananas) {
          expect(`${p.name} ${p.description} ${p.brand}`.toLowerCase()).toContain("banana")
        }
        const expected = catalogue.products.filter((p) =>
          `${p.title}\n${p.description}\n${p.brand ?? ""}`.toLowerCase().includes("banana")
        )
        expect(bananas).toHaveLength(expected.length)

        const byBrand = await listAll(http, "&q=zespri")
        expect(byBrand.map((p) => p.name)).toEqual(expect.arrayContaining(["Kiwi"]))
        expect(byBrand.every((p) => `${p.name} ${p.description} ${p.brand}`.toLowerCase().includes("zespri"))).toBe(true)

        const byDescription = await listAll(http, `&q=${encodeURIComponent("this a kiwi")}`)
        expect(byDescription.map((p) => p.name)).toEqual(["Kiwi"])

        const none = await http.get("/api/v1/product/?q=no-such-product-anywhere")
        expect(none.data).toEqual([])
        expect(none.headers["x-total-count"]).toBe("0")
      })

      it("filters by brand name, ignoring case, and combines with q and paging", async () => {
        const zespri = await http.get("/api/v1/product/?brand=zespri&limit=200")
        const count = catalogue.products.filter((p) => p.brand === "Zespri").length
        expect(zespri.data).toHaveLength(count)
        expect(Number(zespri.headers["x-total-count"])).toBe(count)
        expect(zespri.data.every((p: ApiV1Product) => p.brand === "Zespri")).toBe(true)

        const page = await http.get("/api/v1/product/?brand=ZESPRI&q=kiwi&limit=1&order=-price")
        expect(page.data).toHaveLength(1)
        expect(page.data[0].brand).toBe("Zespri")

        expect((await http.get("/api/v1/product/?brand=Zesp")).data).toEqual([])
      })

      it("revalidates with ETag / If-None-Match", async () => {
        const first = await http.get("/api/v1/product/?limit=3")
        const again = await http
          .get("/api/v1/product/?limit=3", { headers: { "if-none-match": String(first.headers.etag) } })
          .catch(fail)
        expect(again.status).toBe(304)
      })
    })

    describe("GET /api/v1/product/:id/", () => {
      it("answers one product in the same shape, with and without the trailing slash", async () => {
        const kiwi = (await listAll(http)).find((p) => p.name === "Kiwi") as ApiV1Product
        for (const path of [`/api/v1/product/${kiwi.id}/`, `/api/v1/product/${kiwi.id}`]) {
          const res = await http.get(path)
          expect(res.status).toBe(200)
          expect(res.data).toEqual(kiwi)
          expect(res.headers["x-total-count"]).toBeUndefined()
        }
      })

      it("answers 404 {errorMessage: Not Found} for unknown, over-long or SQL-looking ids and for handles", async () => {
        for (const id of ["prod_does_not_exist", "x".repeat(500), "%27%20or%201%3D1%20--", "banana"]) {
          const res = await http.get(`/api/v1/product/${id}/`).catch(fail)
          expect({ id, status: res.status, data: res.data }).toEqual({ id, status: 404, data: { errorMessage: "Not Found" } })
        }
      })
    })

    describe("bad parameters", () => {
      // One test per family, each case checked in turn: the runner restores the
      // database before every test, so fewer tests keep the suite fast.
      const invalid = [
        "order=foo",
        "order=NAME",
        "order=price;drop",
        "limit=0",
        "limit=201",
        "limit=-1",
        "limit=abc",
        "limit=1.5",
        "limit=1e2",
        "limit=",
        "limit=%201",
        "limit=99999999999999999999",
        "offset=-1",
        "offset=abc",
        "offset=1000000001",
        "offset=99999999999999999999",
        "limit=1&limit=2",
        "order=name&order=price",
        "q=a&q=b",
        "q[]=a",
        "q[a]=b",
        "brand[$ne]=x",
        `q=${"x".repeat(201)}`,
        `brand=${"x".repeat(101)}`,
        "q=%00",
        "q=a%0Ab",
        "brand=%00",
      ]

      it("answers 400 Invalid Input for unknown order, out-of-range, non-numeric, repeated, nested and over-long values", async () => {
        for (const query of invalid) {
          const res = await http.get(`/api/v1/product/?${query}`).catch(fail)
          expect({ query, status: res.status, errorMessage: res.data.errorMessage }).toEqual({
            query,
            status: 400,
            errorMessage: "Invalid Input",
          })
          expect(Array.isArray(res.data.errors) && res.data.errors.length > 0).toBe(true)
        }
      })

      const literal = ["'; drop table product; --", "' or '1'='1", "%", "_", "\\", "%_%", "😀", "Ünïcödé", "$1", "?", "kiwi'--"]

      it("searches SQL-looking and special text literally: 200 and the correct (often empty) result, never 500", async () => {
        for (const q of literal) {
          const res = await http.get(`/api/v1/product/?limit=200&q=${encodeURIComponent(q)}`).catch(fail)
          expect({ q, status: res.status }).toEqual({ q, status: 200 })
          const needle = q.toLowerCase()
          const expected = catalogue.products.filter((p) =>
            `${p.title}\n${p.description}\n${p.brand ?? ""}`.toLowerCase().includes(needle)
          )
          expect({ q, handles: res.data.map((p: ApiV1Product) => p.handle).sort() }).toEqual({
            q,
            handles: expected.map((p) => p.handle).sort(),
          })
          const brand = await http.get(`/api/v1/product/?brand=${encodeURIComponent(q)}`).catch(fail)
          expect({ q, status: brand.status, data: brand.data }).toEqual({ q, status: 200, data: [] })
        }
        const { rows } = await db.raw("select count(*)::int as n from product where deleted_at is null")
        expect(rows[0].n).toBe(catalogue.products.length)
      })

      it("ignores unknown parameters", async () => {
        const res = await http.get("/api/v1/product/?limit=2&unknown=1&fields=*secret")
        expect(res.status).toBe(200)
        expect(res.data).toHaveLength(2)
      })

    })
  },
})
