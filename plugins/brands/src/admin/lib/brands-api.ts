/** The admin's calls to /admin/brands and Medusa's product route, with the session cookie. */

export type Brand = {
  id: string
  name: string
  description: string | null
  logo: string | null
  product_count: number
}

export type BrandInput = { name: string; description: string | null; logo: string | null }

export type BrandList = { brands: Brand[]; count: number; offset: number; limit: number }

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number
  ) {
    super(message)
  }
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(path, {
    credentials: "include",
    ...init,
    headers: { accept: "application/json", ...(init.body ? { "content-type": "application/json" } : {}), ...init.headers },
  })
  const body: unknown = await res.json().catch(() => null)
  if (!res.ok) {
    const message =
      body && typeof body === "object" && "message" in body && typeof body.message === "string"
        ? body.message
        : `Request failed (${res.status})`
    throw new ApiError(message, res.status)
  }
  return body as T
}

export function listBrands(params: { q?: string; limit: number; offset: number }, signal?: AbortSignal) {
  const search = new URLSearchParams({ limit: String(params.limit), offset: String(params.offset), order: "name" })
  if (params.q) search.set("q", params.q)
  return request<BrandList>(`/admin/brands?${search}`, { signal })
}

export function createBrand(input: BrandInput) {
  return request<{ brand: Brand }>("/admin/brands", { method: "POST", body: JSON.stringify(input) })
}

export function updateBrand(id: string, input: BrandInput) {
  return request<{ brand: Brand }>(`/admin/brands/${encodeURIComponent(id)}`, {
    method: "POST",
    body: JSON.stringify(input),
  })
}

export function deleteBrand(id: string) {
  return request<{ id: string; deleted: boolean }>(`/admin/brands/${encodeURIComponent(id)}`, { method: "DELETE" })
}

export function getProductBrand(productId: string, signal?: AbortSignal) {
  return request<{ product: { brand?: { id: string; name: string } | null } }>(
    `/admin/products/${encodeURIComponent(productId)}?fields=id,brand.id,brand.name`,
    { signal }
  )
}

/** Sets (or with null removes) a product's brand through Medusa's own product update and its workflow hook. */
export function setProductBrand(productId: string, brandId: string | null) {
  return request<unknown>(`/admin/products/${encodeURIComponent(productId)}`, {
    method: "POST",
    body: JSON.stringify({ additional_data: { brand_id: brandId } }),
  })
}
