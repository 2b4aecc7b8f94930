import { placeOrder } from "../../../tests/helpers/checkout"
import { shopIntegrationRunner } from "../../../tests/helpers/test-runner"
import { fail, findByName, prepareStore, seededProduct, waitFor } from "./helpers"
import type { Store } from "./helpers"

jest.setTimeout(180000)

/** The contract: after a change, GET /api/v1/product/ shows the new value within this many ms. */
const FRESH_WITHIN_MS = 1000

shopIntegrationRunner({
  testSuite: ({ http, db, getContainer }) => {
    let store: Store

    beforeAll(async () => {
      store = await prepareStore(http, getContainer(), db)
    })

    /** Waits (at most FRESH_WITHIN_MS) until the list and the detail of `name` satisfy the check. */
    async function shows(name: string, check: (p: Record<string, unknown> | undefined) => boolean): Promise<number> {
      return await waitFor(async () => {
        const listed = await findByName(http, name)
        if (!check(listed)) return false
        if (!listed) return true
        const detail = await http.get(`/api/v1/product/${listed.id}/`).catch(fail)
        return detail.status === 200 && check(detail.data)
      }, FRESH_WITHIN_MS)
    }

    it("stock goes down after a purchase through the store API and back after the order is canceled", async () => {
      expect((await findByName(http, "Kiwi"))?.stock).toBe(3)

      const { id: orderId } = await placeOrder(store.shop, { email: "buyer@example.test", items: [{ handle: "kiwi", quantity: 2 }] })
      await shows("Kiwi", (p) => p?.stock === 1)

      await http.post(`/admin/orders/${orderId}/cancel`, {}, { headers: store.admin })
      await shows("Kiwi", (p) => p?.stock === 3)
    })

    it("a reservation made and released in the admin shows within 1 s", async () => {
      const banana = await seededProduct(db, "banana")
      const created = await http.post(
        "/admin/reservations",
        { inventory_item_id: banana.inventory_item_id, location_id: store.locationId, quantity: 2 },
        { headers: store.admin }
      )
      await shows("Banana", (p) => p?.stock === 0)

      // fewer stocked than reserved never shows as negative
      const lowered = await http
        .post(
          `/admin/inventory-items/${banana.inventory_item_id}/location-levels/${store.locationId}`,
          { stocked_quantity: 1 },
          { headers: store.admin }
        )
        .catch(fail)
      expect(lowered.status).toBe(200)
      await waitFor(async () => {
        const { rows } = await db.raw(
          "select stocked_quantity::int as s, reserved_quantity::int as r from inventory_level where inventory_item_id = ?",
          [banana.inventory_item_id]
        )
        return rows[0].s === 1 && rows[0].r === 2
      }, FRESH_WITHIN_MS)
      await shows("Banana", (p) => p?.stock === 0)
      await http.post(
        `/admin/inventory-items/${banana.inventory_item_id}/location-levels/${store.locationId}`,
        { stocked_quantity: 2 },
        { headers: store.admin }
      )

      await http.delete(`/admin/reservations/${created.data.reservation.id}`, { headers: store.admin })
      await shows("Banana", (p) => p?.stock === 2)
    })

    it("an admin change of stock shows within 1 s", async () => {
      const apple = await seededProduct(db, "apple")
      await http.post(
        `/admin/inventory-items/${apple.inventory_item_id}/location-levels/${store.locationId}`,
        { stocked_quantity: 42 },
        { headers: store.admin }
      )
      await shows("Apple", (p) => p?.stock === 42)
    })

    it("an admin change of price shows within 1 s, in major units", async () => {
      const apple = await seededProduct(db, "apple")
      await http.post(
        `/admin/products/${apple.product_id}/variants/${apple.variant_id}`,
        { prices: [{ currency_code: "eur", amount: 2.49 }] },
        { headers: store.admin }
      )
      await shows("Apple", (p) => p?.price === 2.49)
      expect((await http.get(`/api/v1/product/?q=apple&limit=200`)).data.find((p: { name: string }) => p.name === "Apple").price).toBe(2.49)
      // ordering by price follows the new price
      const cheap = (await http.get("/api/v1/product/?order=price&limit=200")).data.map((p: { price: number }) => p.price)
      expect(cheap).toEqual([...cheap].sort((a: number, b: number) => a - b))
    })

    it("unpublishing hides a product within 1 s (list and detail); publishing shows it again", async () => {
      const kiwi = await seededProduct(db, "kiwi")
      const before = Number((await http.get("/api/v1/product/")).headers["x-total-count"])
      await http.post(`/admin/products/${kiwi.product_id}`, { status: "draft" }, { headers: store.admin })
      await waitFor(async () => {
        const detail = await http.get(`/api/v1/product/${kiwi.product_id}/`).catch(fail)
        const list = await http.get("/api/v1/product/?limit=200")
        return (
          detail.status === 404 &&
          !list.data.some((p: { name: string }) => p.name === "Kiwi") &&
          Number(list.headers["x-total-count"]) === before - 1
        )
      }, FRESH_WITHIN_MS)

      await http.post(`/admin/products/${kiwi.product_id}`, { status: "published" }, { headers: store.admin })
      await shows("Kiwi", (p) => p?.stock === 3 && p?.price === 4)
    })

    it("an admin change of brand (additional_data) and a brand rename show within 1 s", async () => {
      const banana = await seededProduct(db, "banana")
      const zespri = (await http.get("/admin/brands?q=Zespri", { headers: store.admin })).data.brands[0]
      await http.post(`/admin/products/${banana.product_id}`, { additional_data: { brand_id: zespri.id } }, { headers: store.admin })
      await shows("Banana", (p) => p?.brand === "Zespri")

      await http.post(`/admin/brands/${zespri.id}`, { name: "Zespri International" }, { headers: store.admin })
      await shows("Banana", (p) => p?.brand === "Zespri International")
      await shows("Kiwi", (p) => p?.brand === "Zespri International")
      const filtered = await http.get("/api/v1/product/?brand=zespri%20international&limit=200")
      expect(filtered.data.map((p: { name: string }) => p.name)).toEqual(expect.arrayContaining(["Banana", "Kiwi"]))

      await http.post(`/admin/products/${banana.product_id}`, { additional_data: { brand_id: null } }, { headers: store.admin })
      await shows("Banana", (p) => p?.brand === null)
    })

    it("a product created in the admin appears within 1 s; deleted, it disappears", async () => {
      const zespri = (await http.get("/admin/brands?q=Zespri", { headers: store.admin })).data.brands[0]
      const { rows } = await db.raw("select id from sales_channel where deleted_at is null order by created_at limit 1")
      const created = await http.post(
        "/admin/products",
        {
          title: "Fresh Test Melon",
          description: "a melon made by a test",
          status: "published",
          sales_channels: [{ id: rows[0].id }],
          options: [{ title: "Size", values: ["S", "L"] }],
          variants: [
            { title: "S", options: { Size: "S" }, prices: [{ currency_code: "eur", amount: 5.5 }], manage_inventory: false },
            { title: "L", options: { Size: "L" }, prices: [{ currency_code: "eur", amount: 7.25 }], manage_inventory: false },
          ],
          additional_data: { brand_id: zespri.id },
        },
        { headers: store.admin }
      )
      await shows("Fresh Test Melon", (p) => p?.price === 5.5 && p?.brand === "Zespri" && p?.stock === 0)

      await http.delete(`/admin/products/${created.data.product.id}`, { headers: store.admin })
      await shows("Fresh Test Melon", (p) => p === undefined)
    })
  },
})
