import seed from "../../src/scripts/seed"
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from "../../src/scripts/seed/admin-user"
import { loadCatalogue } from "../../src/scripts/seed/catalogue"
import type { Db } from "../helpers/http"
import { seedStore } from "../helpers/store-fixtures"
import { shopIntegrationRunner } from "../helpers/test-runner"

jest.setTimeout(180000)

/** What the catalogue test reads of a product in GET /store/products. */
type StoreProduct = {
  title: string
  thumbnail: string | null
  categories: { handle: string }[]
  variants: { inventory_quantity: number; calculated_price: { calculated_amount: number; currency_code: string } }[]
}

/** Row count and a digest of every row of every table the seed writes. */
async function snapshot(db: Db): Promise<Record<string, string>> {
  const tables = [
    "store", "store_currency", "sales_channel", "region", "region_country", "tax_region", "tax_rate",
    "stock_location", "fulfillment_set", "service_zone", "geo_zone", "shipping_profile", "shipping_option",
    "api_key", "user", "auth_identity", "provider_identity", "product", "product_variant", "product_category",
    "product_category_product", "price_set", "price", "inventory_item", "inventory_level", "image",
    "brand", "product_product_brand_brand", "product_sales_channel", "publishable_api_key_sales_channel",
    "sales_channel_stock_location", "location_fulfillment_set", "location_fulfillment_provider",
  ]
  const result: Record<string, string> = {}
  for (const table of tables) {
    const { rows } = await db.raw(
      `select count(*)::text as n, coalesce(md5(string_agg(t::text, '|' order by t::text)), '') as digest from "${table}" t`
    )
    result[table] = `${rows[0].n}:${rows[0].digest}`
  }
  return result
}

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    const catalogue = loadCatalogue()
    let publishableKey = ""
    let regionId = ""

    beforeAll(async () => {
      const store = await seedStore(getContainer(), db)
      publishableKey = store.publishableKey
      regionId = store.regionId
    })

    it("GET /health answers 200", async () => {
      const res = await http.get("/health")
      expect(res.status).toBe(200)
    })

    it("lists the seeded catalogue through /store/products with the publishable key", async () => {
      const res = await http.get<{ count: number; products: StoreProduct[] }>(
        `/store/products?limit=200&region_id=${regionId}&fields=title,handle,thumbnail,*categories,+variants.inventory_quantity`,
        { headers: { "x-publishable-api-key": publishableKey } }
      )
      expect(res.status).toBe(200)
      expect(res.data.count).toBe(catalogue.products.length)
      expect(res.data.count).toBeGreaterThanOrEqual(43)

      const byTitle = new Map(res.data.products.map((p) => [p.title, p]))
      const expected = [
        { title: "Banana", price: 3, stock: 2 },
        { title: "Apple", price: 2, stock: 1 },
        { title: "Kiwi", price: 4, stock: 3 },
      ]
      for (const e of expected) {
        const product = byTitle.get(e.title)
        if (!product) throw new Error(`${e.title} is not listed`)
        expect(product.variants).toHaveLength(1)
        expect(product.variants[0].calculated_price.calculated_amount).toBe(e.price)
        expect(product.variants[0].calculated_price.currency_code).toBe("eur")
        expect(product.variants[0].inventory_quantity).toBe(e.stock)
        expect(product.thumbnail).toMatch(/^http:\/\/.+\/static\/.+\.png$/)
      }
      const categories = new Set(res.data.products.flatMap((p) => p.categories.map((c) => c.handle)))
      expect(categories.size).toBeGreaterThanOrEqual(5)
    })

    it("links every seeded product to its brand from data/", async () => {
      const { rows } = await db.raw(
        `select p.title, b.name as brand from product p
         join product_product_brand_brand l on l.product_id = p.id and l.deleted_at is null
         join brand b on b.id = l.brand_id
         where p.title in ('Banana', 'Apple', 'Kiwi') order by p.title`
      )
      expect(rows).toEqual([
        { title: "Apple", brand: "Pink Lady" },
        { title: "Banana", brand: "Chiquita" },
        { title: "Kiwi", brand: "Zespri" },
      ])
      const brands = await db.raw<{ n: number }>("select count(*)::int as n from brand")
      expect(brands.rows[0].n).toBeGreaterThanOrEqual(10)
    })

    it("changes nothing when the seed runs a second time", async () => {
      const before = await snapshot(db)
      await seed({ container: getContainer(), args: [] })
      const after = await snapshot(db)
      expect(after).toEqual(before)
    })

    it("keeps live stock when the seed runs again", async () => {
      await db.raw(
        `update inventory_level set stocked_quantity = 77 where inventory_item_id in
         (select inventory_item_id from product_variant_inventory_item pvi
          join product_variant v on v.id = pvi.variant_id where v.sku = 'BANANA')`
      )
      await seed({ container: getContainer(), args: [] })
      const { rows } = await db.raw(
        `select il.stocked_quantity from inventory_level il
         join product_variant_inventory_item pvi on pvi.inventory_item_id = il.inventory_item_id
         join product_variant v on v.id = pvi.variant_id where v.sku = 'BANANA'`
      )
      expect(Number(rows[0].stocked_quantity)).toBe(77)
    })

    it("lets the seeded admin log in through /auth/user/emailpass", async () => {
      const login = await http.post("/auth/user/emailpass", {
        email: DEFAULT_ADMIN_EMAIL,
        password: DEFAULT_ADMIN_PASSWORD,
      })
      expect(login.status).toBe(200)
      expect(typeof login.data.token).toBe("string")

      const me = await http.get("/admin/users/me", { headers: { authorization: `Bearer ${login.data.token}` } })
      expect(me.status).toBe(200)
      expect(me.data.user.email).toBe(DEFAULT_ADMIN_EMAIL)

      const wrong = await http
        .post("/auth/user/emailpass", { email: DEFAULT_ADMIN_EMAIL, password: "not-the-password" })
        .catch((e: { response: { status: number } }) => e.response)
      expect(wrong.status).toBe(401)
    })
  },
})
