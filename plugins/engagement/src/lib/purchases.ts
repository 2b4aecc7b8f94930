import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { PurchaseRow } from "../modules/engagement/service"

export type PurchaseView = {
  id: string
  order_id: string
  order_display_id: number | null
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  returned_quantity: number
  purchased_at: string
  canceled_at: string | null
  /** What "buy again" adds to the cart; null when the variant or product is gone or unpublished. */
  buy_again: { variant_id: string; product_handle: string } | null
}

type VariantRecord = { id: string; product?: { id: string; handle: string; status: string } | null }

/** Purchase lines with their order number and whether they can be bought again. */
export async function presentPurchases(container: MedusaContainer, rows: PurchaseRow[]): Promise<PurchaseView[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const variantIds = [...new Set(rows.map((r) => r.variant_id).filter((id): id is string => !!id))]
  const orderIds = [...new Set(rows.map((r) => r.order_id))]
  const variants = new Map<string, VariantRecord>()
  if (variantIds.length) {
    const { data } = await query.graph({
      entity: "product_variant",
      fields: ["id", "product.id", "product.handle", "product.status"],
      filters: { id: variantIds },
    })
    for (const v of data as VariantRecord[]) variants.set(v.id, v)
  }
  const displayIds = new Map<string, number>()
  if (orderIds.length) {
    const { data } = await query.graph({ entity: "order", fields: ["id", "display_id"], filters: { id: orderIds } })
    for (const o of data as { id: string; display_id: number }[]) displayIds.set(o.id, Number(o.display_id))
  }
  return rows.map((row) => {
    const variant = row.variant_id ? variants.get(row.variant_id) : undefined
    const buyable = variant?.product && variant.product.status === "published"
    return {
      id: row.id,
      order_id: row.order_id,
      order_display_id: displayIds.get(row.order_id) ?? null,
      product_id: row.product_id,
      variant_id: row.variant_id,
      product_title: row.product_title,
      variant_title: row.variant_title,
      thumbnail: row.thumbnail,
      quantity: Number(row.quantity),
      returned_quantity: Number(row.returned_quantity),
      purchased_at: new Date(row.purchased_at).toISOString(),
      canceled_at: row.canceled_at ? new Date(row.canceled_at).toISOString() : null,
      buy_again: buyable && variant?.product ? { variant_id: variant.id, product_handle: variant.product.handle } : null,
    }
  })
}
