import type { MedusaContainer } from "@medusajs/framework/types"
import type { Db, HttpClient, HttpResponse } from "../../../tests/helpers/http"
import type { ShopClient } from "../../../tests/helpers/store-fixtures"
import { openShop } from "../../../tests/helpers/store-fixtures"

/** The answer of a request axios rejected (a status outside 2xx). */
export const fail = (e: { response?: HttpResponse }) => {
  if (!e.response) throw e
  return e.response
}

export type Store = {
  shop: ShopClient
  admin: Record<string, string>
  locationId: string
}

/** Seeds the store, logs the admin in, and waits until the index shows the whole catalogue. */
export async function prepareStore(http: HttpClient, container: MedusaContainer, db: Db): Promise<Store> {
  const shop = await openShop(http, container, db)
  const location = await db.raw<{ id: string }>("select id from stock_location where name = 'Main Warehouse'")
  const { rows } = await db.raw<{ n: number }>("select count(*)::int as n from product where status = 'published' and deleted_at is null")
  await waitFor(async () => {
    const res = await http.get("/api/v1/product/?limit=1")
    return Number(res.headers["x-total-count"]) === rows[0].n
  }, 15000)
  return {
    shop,
    admin: { authorization: `Bearer ${shop.shop.adminToken}` },
    locationId: String(location.rows[0].id),
  }
}

/** Polls until the check passes; returns the milliseconds it took (or throws after timeoutMs). */
export async function waitFor(check: () => Promise<boolean>, timeoutMs = 1000): Promise<number> {
  const started = Date.now()
  for (;;) {
    if (await check()) return Date.now() - started
    if (Date.now() - started > timeoutMs) {
      throw new Error(`condition not met within ${timeoutMs} ms`)
    }
    await new Promise((r) => setTimeout(r, 20))
  }
}

export type ApiV1Product = {
  name: string
  image: string | null
  price: number | null
  description: string | null
  brand: string | null
  stock: number
  id: string
  handle: string
  currency_code: string | null
  rating: number | null
  rating_count: number
}

export async function listAll(http: HttpClient, query = ""): Promise<ApiV1Product[]> {
  const res = await http.get<ApiV1Product[]>(`/api/v1/product/?limit=200${query}`)
  return res.data
}

export async function findByName(http: HttpClient, name: string): Promise<ApiV1Product | undefined> {
  return (await listAll(http)).find((p) => p.name === name)
}

/** The single variant, its inventory item and product of a seeded product. */
export async function seededProduct(db: Db, handle: string) {
  const { rows } = await db.raw<{ product_id: string; variant_id: string; inventory_item_id: string }>(
    `select p.id as product_id, v.id as variant_id, pvi.inventory_item_id
     from product p join product_variant v on v.product_id = p.id and v.deleted_at is null
     left join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
     where p.handle = ?`,
    [handle]
  )
  return rows[0]
}
