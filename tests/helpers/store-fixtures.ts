/**
 * The seeded store as the tests reach it: the publishable key and region a
 * storefront needs, the seeded products and their stock, and the admin login.
 * Store and admin requests built here answer with any status: the test
 * decides what it expects.
 */
import type { MedusaContainer } from "@medusajs/framework/types"
import seed from "../../src/scripts/seed"
import { DEFAULT_ADMIN_EMAIL, DEFAULT_ADMIN_PASSWORD } from "../../src/scripts/seed/admin-user"
import { ANY_STATUS, expectStatus } from "./http"
import type { Db, HttpClient, HttpResponse, RequestConfig } from "./http"

/** What a storefront needs of the seeded store: its publishable API key and the Europe region. */
export type StoreFixture = { publishableKey: string; regionId: string }

export async function storeFixture(db: Db): Promise<StoreFixture> {
  const keys = await db.raw<{ token: string }>("select token from api_key where type = 'publishable' and revoked_at is null")
  const regions = await db.raw<{ id: string }>("select id from region where name = 'Europe'")
  return { publishableKey: String(keys.rows[0].token), regionId: String(regions.rows[0].id) }
}

/** Runs the seed (data/catalogue.json, the Europe region, the admin) and reads the store's key and region. */
export async function seedStore(container: MedusaContainer, db: Db): Promise<StoreFixture> {
  await seed({ container, args: [] })
  return storeFixture(db)
}

/** A store request's options: the publishable key, the customer's token when there is one, and any extra headers. */
export function storeHeaders(store: Pick<StoreFixture, "publishableKey">, token?: string, extra: Record<string, string> = {}): RequestConfig {
  return {
    headers: {
      "x-publishable-api-key": store.publishableKey,
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...extra,
    },
    ...ANY_STATUS,
  }
}

/** Logs the seeded admin in; returns the bearer token. */
export async function adminToken(http: HttpClient): Promise<string> {
  const res = await http.post("/auth/user/emailpass", { email: DEFAULT_ADMIN_EMAIL, password: DEFAULT_ADMIN_PASSWORD }, ANY_STATUS)
  expectStatus(res, 200, "admin login")
  return String(res.data.token)
}

export function adminHeaders(token: string): RequestConfig {
  return { headers: { authorization: `Bearer ${token}` }, ...ANY_STATUS }
}

/** The seeded store with a logged-in admin, over one HTTP client. */
export type Shop = StoreFixture & { http: HttpClient; adminToken: string }

type Method = "get" | "post" | "patch" | "delete"

/** Store requests as a customer (with a token) or anonymously, and admin requests as the seeded admin. */
export class ShopClient {
  constructor(readonly shop: Shop) {}

  store(method: Method, url: string, options: { token?: string; body?: unknown; headers?: Record<string, string> } = {}): Promise<HttpResponse> {
    return this.send(method, url, options.body, storeHeaders(this.shop, options.token, options.headers))
  }

  admin(method: Method, url: string, body?: unknown): Promise<HttpResponse> {
    return this.send(method, url, body, adminHeaders(this.shop.adminToken))
  }

  private send(method: Method, url: string, body: unknown, config: RequestConfig): Promise<HttpResponse> {
    const http = this.shop.http
    return method === "post" || method === "patch" ? http[method](url, body ?? {}, config) : http[method](url, config)
  }
}

/** Seeds the store and logs the seeded admin in. */
export async function openShop(http: HttpClient, container: MedusaContainer, db: Db): Promise<ShopClient> {
  const store = await seedStore(container, db)
  return new ShopClient({ ...store, http, adminToken: await adminToken(http) })
}

/** A seeded product as the store API lists it, with its (single) variant. */
export type Product = { id: string; handle: string; title: string; variantId: string }

export async function productByHandle(client: ShopClient, handle: string): Promise<Product> {
  const res = await client.store("get", `/store/products?handle=${handle}&fields=id,handle,title,variants.id`)
  expectStatus(res, 200, `find product ${handle}`)
  const product = res.data.products[0]
  if (!product) throw new Error(`no product ${handle}`)
  return { id: product.id, handle: product.handle, title: product.title, variantId: product.variants[0].id }
}

export type VariantStock = {
  variant_id: string
  inventory_item_id: string
  level_id: string
  location_id: string
  stocked: number
  reserved: number
}

/** The seeded variant with this SKU, its inventory item and current levels. */
export async function variantBySku(db: Db, sku: string): Promise<VariantStock> {
  const { rows } = await db.raw<VariantStock>(
    `select v.id as variant_id, pvi.inventory_item_id, il.id as level_id, il.location_id,
            il.stocked_quantity::int as stocked, il.reserved_quantity::int as reserved
       from product_variant v
       join product_variant_inventory_item pvi on pvi.variant_id = v.id and pvi.deleted_at is null
       join inventory_level il on il.inventory_item_id = pvi.inventory_item_id and il.deleted_at is null
      where v.sku = ? and v.deleted_at is null`,
    [sku]
  )
  if (!rows[0]) throw new Error(`no seeded variant ${sku}`)
  return rows[0]
}

/** Sets the stocked quantity the way a merchant does, through the admin API. */
export async function setStock(http: HttpClient, db: Db, sku: string, quantity: number): Promise<void> {
  const v = await variantBySku(db, sku)
  const token = await adminToken(http)
  const res = await http.post(
    `/admin/inventory-items/${v.inventory_item_id}/location-levels/${v.location_id}`,
    { stocked_quantity: quantity },
    adminHeaders(token)
  )
  expectStatus(res, 200, "set stock")
}

/** How many rows `sql` selects. */
export async function count(db: Db, sql: string, bindings: unknown[] = []): Promise<number> {
  const { rows } = await db.raw<{ n: number }>(`select count(*)::int as n from (${sql}) t`, bindings)
  return Number(rows[0].n)
}
