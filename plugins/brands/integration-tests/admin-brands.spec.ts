import seed from "../../../src/scripts/seed"
import { adminToken } from "../../../tests/helpers/store-fixtures"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"

jest.setTimeout(180000)

type Brand = { id: string; name: string; description: string | null; logo: string | null; product_count: number }
type HttpError = { response: { status: number; data: { message?: string; type?: string } } }

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let headers: Record<string, string> = {}
    const fail = (e: HttpError) => e.response

    async function brandOf(productId: string): Promise<string | null> {
      const res = await http.get(`/admin/products/${productId}?fields=id,brand.id,brand.name`, { headers })
      return res.data.product.brand?.name ?? null
    }

    async function productIdByTitle(title: string): Promise<string> {
      const { rows } = await db.raw("select id from product where title = ? and deleted_at is null", [title])
      return String(rows[0].id)
    }

    beforeAll(async () => {
      await seed({ container: getContainer(), args: [] })
      headers = { authorization: `Bearer ${await adminToken(http)}` }
    })

    describe("GET /admin/brands", () => {
      it("needs an admin", async () => {
        const res = await http.get("/admin/brands").catch(fail)
        expect(res.status).toBe(401)
      })

      it("lists the seeded brands with how many products use each", async () => {
        const res = await http.get("/admin/brands?limit=200&order=name", { headers })
        expect(res.status).toBe(200)
        expect(res.data.count).toBeGreaterThanOrEqual(10)
        const byName = new Map<string, Brand>(res.data.brands.map((b: Brand) => [b.name, b]))
        const { rows } = await db.raw(
          `select b.name, count(l.product_id)::int as n from brand b
           left join product_product_brand_brand l on l.brand_id = b.id and l.deleted_at is null
           where b.deleted_at is null group by b.name`
        )
        for (const row of rows) {
          expect(byName.get(String(row.name))?.product_count).toBe(row.n)
        }
        expect(byName.get("Chiquita")?.product_count).toBeGreaterThanOrEqual(1)
        const names = res.data.brands.map((b: Brand) => b.name)
        expect(names).toEqual([...names].sort((a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0)))
      })

      it("searches by name and pages", async () => {
        const search = await http.get("/admin/brands?q=zesp", { headers })
        expect(search.data.brands.map((b: Brand) => b.name)).toEqual(["Zespri"])
        const page = await http.get("/admin/brands?limit=2&offset=1&order=name", { headers })
        expect(page.data.brands).toHaveLength(2)
        expect(page.data.offset).toBe(1)
        expect(page.data.limit).toBe(2)
      })
    })

    describe("create, update, delete", () => {
      it("creates a brand and reads it back", async () => {
        const res = await http.post(
          "/admin/brands",
          { name: "  Acme Farms ", description: "Test brand", logo: "https://example.test/acme.png" },
          { headers }
        )
        expect(res.status).toBe(200)
        expect(res.data.brand).toMatchObject({
          name: "Acme Farms",
          description: "Test brand",
          logo: "https://example.test/acme.png",
          product_count: 0,
        })
        expect(res.data.brand.id).toMatch(/^brand_/)
        const read = await http.get(`/admin/brands/${res.data.brand.id}`, { headers })
        expect(read.data.brand.name).toBe("Acme Farms")
      })

      it("refuses a name another brand has, in any case, with 409 and a clear message", async () => {
        await http.post("/admin/brands", { name: "Acme Farms" }, { headers })
        for (const name of ["acme farms", "ACME FARMS", "Acme Farms", " Acme Farms ", "zespri"]) {
          const res = await http.post("/admin/brands", { name }, { headers }).catch(fail)
          expect({ name, status: res.status }).toEqual({ name, status: 409 })
          expect(res.data.message).toMatch(/A brand named ".+" already exists/)
        }
        const { rows } = await db.raw("select count(*)::int as n from brand where lower(name) = 'acme farms' and deleted_at is null")
        expect(rows[0].n).toBe(1)
      })

      it("answers 400 for invalid bodies and creates nothing", async () => {
        const before = (await db.raw("select count(*)::int as n from brand")).rows[0].n
        const cases: [Record<string, unknown>, string][] = [
          [{}, "name"],
          [{ name: "   " }, "name"],
          [{ name: 42 }, "name"],
          [{ name: "x".repeat(101) }, "name"],
          [{ name: "Ok", logo: "javascript:alert(1)" }, "logo"],
          [{ name: "Ok", description: "x".repeat(2001) }, "description"],
          [{ name: "Ok", unknown: 1 }, "unknown"],
        ]
        for (const [body, field] of cases) {
          const res = await http.post("/admin/brands", body, { headers }).catch(fail)
          expect({ body, status: res.status }).toEqual({ body, status: 400 })
          expect(JSON.stringify(res.data)).toContain(field)
        }
        expect((await db.raw("select count(*)::int as n from brand")).rows[0].n).toBe(before)
      })

      it("updates a brand; renaming onto another brand's name (any case) is 409", async () => {
        const created = await http.post("/admin/brands", { name: "Rename Me" }, { headers })
        const id = created.data.brand.id
        const renamed = await http.post(`/admin/brands/${id}`, { name: "Renamed", description: null }, { headers })
        expect(renamed.status).toBe(200)
        expect(renamed.data.brand).toMatchObject({ name: "Renamed", description: null })

        const clash = await http.post(`/admin/brands/${id}`, { name: "zESPRI" }, { headers }).catch(fail)
        expect(clash.status).toBe(409)
        expect(clash.data.message).toMatch(/Zespri/)
        expect((await http.get(`/admin/brands/${id}`, { headers })).data.brand.name).toBe("Renamed")

        // its own name in another case is fine
        const recased = await http.post(`/admin/brands/${id}`, { name: "RENAMED" }, { headers })
        expect(recased.data.brand.name).toBe("RENAMED")
      })

      it("answers 404 for an unknown brand", async () => {
        for (const call of [
          () => http.get("/admin/brands/brand_unknown", { headers }),
          () => http.post("/admin/brands/brand_unknown", { name: "X" }, { headers }),
          () => http.delete("/admin/brands/brand_unknown", { headers }),
        ]) {
          const res = await call().catch(fail)
          expect(res.status).toBe(404)
        }
      })

      it("deleting a brand in use is refused with a clear 409 and leaves brand and links intact", async () => {
        const chiquita = (await http.get("/admin/brands?q=Chiquita", { headers })).data.brands[0] as Brand
        const res = await http.delete(`/admin/brands/${chiquita.id}`, { headers }).catch(fail)
        expect(res.status).toBe(409)
        expect(res.data.message).toMatch(/Chiquita.*used by \d+ product/)
        expect((await http.get(`/admin/brands/${chiquita.id}`, { headers })).status).toBe(200)
        expect(await brandOf(await productIdByTitle("Banana"))).toBe("Chiquita")
      })

      it("deletes an unused brand; its name can then be used again", async () => {
        const created = await http.post("/admin/brands", { name: "Short Lived" }, { headers })
        const res = await http.delete(`/admin/brands/${created.data.brand.id}`, { headers })
        expect(res.data).toEqual({ id: created.data.brand.id, object: "brand", deleted: true })
        expect((await http.get(`/admin/brands/${created.data.brand.id}`, { headers }).catch(fail)).status).toBe(404)
        const again = await http.post("/admin/brands", { name: "short lived" }, { headers })
        expect(again.status).toBe(200)
      })
    })

    describe("the product's brand through additional_data", () => {
      // The runner restores the database before every test: each test makes what it needs.
      async function twoBrandsAndAProduct() {
        const brandA: Brand = (await http.post("/admin/brands", { name: "Link Test A" }, { headers })).data.brand
        const brandB: Brand = (await http.post("/admin/brands", { name: "Link Test B" }, { headers })).data.brand
        const res = await http
          .post(
            "/admin/products",
            {
              title: "Brand Hook Product",
              status: "published",
              options: [{ title: "Pack", values: ["One"] }],
              variants: [{ title: "One", options: { Pack: "One" }, prices: [{ currency_code: "eur", amount: 1 }] }],
              additional_data: { brand_id: brandA.id },
            },
            { headers }
          )
          .catch(fail)
        expect({ status: res.status, body: res.status === 200 ? "ok" : res.data }).toEqual({ status: 200, body: "ok" })
        return { brandA, brandB, productId: String(res.data.product.id) }
      }

      it("POST /admin/products with additional_data.brand_id links the new product", async () => {
        const { brandA, productId } = await twoBrandsAndAProduct()
        expect(await brandOf(productId)).toBe("Link Test A")
        const listed = await http.get(`/admin/brands/${brandA.id}`, { headers })
        expect(listed.data.brand.product_count).toBe(1)
      })

      it("POST /admin/products/:id changes the brand, leaving it out keeps it, and null removes it", async () => {
        const { brandB, productId: id } = await twoBrandsAndAProduct()
        await http.post(`/admin/products/${id}`, { additional_data: { brand_id: brandB.id } }, { headers })
        expect(await brandOf(id)).toBe("Link Test B")
        const { rows } = await db.raw(
          "select count(*)::int as n from product_product_brand_brand where product_id = ? and deleted_at is null",
          [id]
        )
        expect(rows[0].n).toBe(1)

        await http.post(`/admin/products/${id}`, { title: "Brand Hook Product", additional_data: {} }, { headers })
        expect(await brandOf(id)).toBe("Link Test B")
        await http.post(`/admin/products/${id}`, { subtitle: "no additional data" }, { headers })
        expect(await brandOf(id)).toBe("Link Test B")

        await http.post(`/admin/products/${id}`, { additional_data: { brand_id: null } }, { headers })
        expect(await brandOf(id)).toBeNull()
      })

      it("an unknown brand_id is a 400 and leaves the product as it was", async () => {
        const { productId: id } = await twoBrandsAndAProduct()
        const res = await http
          .post(`/admin/products/${id}`, { title: "Renamed By Failed Update", additional_data: { brand_id: "brand_nope" } }, { headers })
          .catch(fail)
        expect(res.status).toBe(400)
        expect(res.data.message).toMatch(/brand_nope/)
        expect(await brandOf(id)).toBe("Link Test A")
        const product = await http.get(`/admin/products/${id}?fields=title`, { headers })
        expect(product.data.product.title).toBe("Brand Hook Product")
      })

      it("an unknown brand_id on create creates nothing", async () => {
        const res = await http
          .post(
            "/admin/products",
            { title: "Never Created", options: [{ title: "Pack", values: ["One"] }], additional_data: { brand_id: "brand_nope" } },
            { headers }
          )
          .catch(fail)
        expect(res.status).toBe(400)
        const { rows } = await db.raw("select count(*)::int as n from product where title = 'Never Created' and deleted_at is null")
        expect(rows[0].n).toBe(0)
      })

      it("a brand_id of the wrong type is refused by the additional_data validator", async () => {
        const id = await productIdByTitle("Banana")
        const res = await http.post(`/admin/products/${id}`, { additional_data: { brand_id: 42 } }, { headers }).catch(fail)
        expect(res.status).toBe(400)
      })
    })
  },
})
