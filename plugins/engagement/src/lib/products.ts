import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type ProductCard = {
  id: string
  title: string
  handle: string
  thumbnail: string | null
  variants: { id: string; title: string | null }[]
}

const CARD_FIELDS = ["id", "title", "handle", "thumbnail", "status", "variants.id", "variants.title"]

/** Published (not deleted) products by id, as a map; unpublished or unknown ids are missing. */
export async function publishedProducts(container: MedusaContainer, ids: string[]): Promise<Map<string, ProductCard>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (unique.length === 0) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product",
    fields: CARD_FIELDS,
    filters: { id: unique, status: "published" },
  })
  const cards = new Map<string, ProductCard>()
  for (const p of data as (ProductCard & { status: string })[]) {
    cards.set(p.id, {
      id: p.id,
      title: p.title,
      handle: p.handle,
      thumbnail: p.thumbnail ?? null,
      variants: (p.variants ?? []).map((v) => ({ id: v.id, title: v.title ?? null })),
    })
  }
  return cards
}

/** Titles of products whatever their status (admin views). */
export async function productTitles(container: MedusaContainer, ids: string[]): Promise<Map<string, { title: string; handle: string; thumbnail: string | null }>> {
  const unique = [...new Set(ids.filter(Boolean))]
  if (unique.length === 0) return new Map()
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "handle", "thumbnail"], filters: { id: unique } })
  return new Map(
    (data as { id: string; title: string; handle: string; thumbnail: string | null }[]).map((p) => [
      p.id,
      { title: p.title, handle: p.handle, thumbnail: p.thumbnail ?? null },
    ])
  )
}
