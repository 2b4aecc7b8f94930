import type { MedusaContainer } from "@medusajs/framework/types"
import seed from "../../../src/scripts/seed"
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from "../../../src/scripts/seed/admin-user"

/** The axios-like client medusaIntegrationTestRunner hands to a suite. */
export type Api = {
  get: (
    url: string,
    config?: { headers?: Record<string, string>; responseType?: "text"; transformResponse?: (data: string) => string }
  ) => Promise<HttpResponse>
  post: (url: string, body?: unknown, config?: { headers?: Record<string, string> }) => Promise<HttpResponse>
  delete: (url: string, config?: { headers?: Record<string, string> }) => Promise<HttpResponse>
}
export type HttpResponse = { status: number; data: any; headers: Record<string, string> }
export type Knex = { raw: (sql: string, bindings?: unknown[]) => Promise<{ rows: Record<string, any>[] }> }

export const fail = (e: { response?: HttpResponse }) => {
  if (!e.response) throw e
  return e.response
}

export type Store = {
  admin: Record<string, string>
  store: Record<string, string>
  regionId: string
  locationId: string
}

/** Seeds the store, logs the admin in, and waits until the index shows the whole catalogue. */
export async function prepareStore(api: Api, container: MedusaContainer, db: Knex): Promise<Store> {
  await seed({ container, args: [] })
  const login = await api.post("/auth/user/emailpass", { email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD })
  const key = await db.raw("select token from api_key where type = 'publishable' and revoked_at is null")
  const region = await db.raw("select id from region where name = 'Europe'")
  const location = await db.raw("select id from stock_location where name = 'Main Warehouse'")
  const { rows } = await db.raw("select count(*)::int as n from product where status = 'published' and deleted_at is null")
  await waitFor(async () => {
    const res = await api.get("/api/v1/product/?limit=1")
    return Number(res.headers["x-total-count"]) === rows[0].n
  }, 15000)
  return {
    admin: { authorization: `Bearer ${login.data.token}` },
    store: { "x-publishable-api-key": String(key.rows[0].token) },
    regionId: String(region.rows[0].id),
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

export async function listAll(api: Api, query = ""): Promise<ApiV1Product[]> {
  const res = await api.get(`/api/v1/product/?limit=200${query}`)
  return res.data
}

export async function findByName(api: Api, name: string): Promise<ApiV1Product | undefined> {
  return (await listAll(api)).find((p) => p.name === name)
}

/** The single variant, its inventory item and product of a seeded product. */
export async function seededProduct(db: Knex, handle: string) {
  const { rows } = await db.raw(
    `select p.id as product_id, v.id as variant_id, pvi.inventory_item_id
     from product p join product_variant v on v.product_id = p.id and v.deleted_at is null
     left join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
     where p.handle = ?`,
    [handle]
  )
  return rows[0] as { product_id: string; variant_id: string; inventory_item_id: string }
}
