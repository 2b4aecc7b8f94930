import type { Metadata } from "next"
import { listBrands, listProducts } from "@/lib/data/products"
import { PAGE_SIZE, sortValue } from "@/lib/util/catalogue"
import { CatalogueTemplate } from "@/modules/store/templates/catalogue-template"

export const metadata: Metadata = { title: "Shop" }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? ""

export default async function ProductsPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const q = one(params.q).trim().slice(0, 100)
  const brand = one(params.brand).trim().slice(0, 100)
  const order = sortValue(one(params.order))
  const requested = Number.parseInt(one(params.page) || "1", 10)
  const page = Number.isFinite(requested) && requested > 0 ? requested : 1

  const [{ products, count }, brands] = await Promise.all([
    listProducts({ q, brand, order, limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    listBrands(),
  ])
  const pages = Math.max(1, Math.ceil(count / PAGE_SIZE))
  return (
    <CatalogueTemplate
      products={products}
      count={count}
      page={Math.min(page, pages)}
      pages={pages}
      q={q}
      brand={brand}
      order={order}
      brands={brands}
    />
  )
}
