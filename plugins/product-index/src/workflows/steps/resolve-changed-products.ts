import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { ProductIndexChanges } from "../types"

export type ChangedProducts = { all: boolean; product_ids: string[] }

type Resolver = Pick<MedusaContainer, "resolve">

/**
 * Maps changed variants, prices, inventory levels, reservations and brands
 * to the products they belong to, reading through Query and the owning
 * modules (deleted rows included, so a removal is traced too). An id that
 * cannot be traced any more asks for a full rebuild instead of guessing.
 */
export const resolveChangedProductsStep = createStep(
  "resolve-changed-products",
  async (changes: ProductIndexChanges, { container }) => {
    if (changes.all) {
      return new StepResponse<ChangedProducts>({ all: true, product_ids: [] })
    }
    const products = new Set(changes.product_ids ?? [])
    const variants = new Set(changes.variant_ids ?? [])
    const priceSets = new Set(changes.price_set_ids ?? [])
    const items = new Set(changes.inventory_item_ids ?? [])
    let untraceable = false

    if (changes.price_ids?.length) {
      const prices = await container
        .resolve(Modules.PRICING)
        .listPrices({ id: changes.price_ids }, { select: ["id", "price_set_id"], withDeleted: true, take: null })
      prices.forEach((p) => p.price_set_id && priceSets.add(p.price_set_id))
      untraceable ||= prices.length < new Set(changes.price_ids).size
    }
    if (changes.inventory_level_ids?.length) {
      const levels = await container
        .resolve(Modules.INVENTORY)
        .listInventoryLevels(
          { id: changes.inventory_level_ids },
          { select: ["id", "inventory_item_id"], withDeleted: true, take: null }
        )
      levels.forEach((l) => items.add(l.inventory_item_id))
      untraceable ||= levels.length < new Set(changes.inventory_level_ids).size
    }
    if (changes.reservation_ids?.length) {
      const reservations = await container
        .resolve(Modules.INVENTORY)
        .listReservationItems(
          { id: changes.reservation_ids },
          { select: ["id", "inventory_item_id"], withDeleted: true, take: null }
        )
      reservations.forEach((r) => items.add(r.inventory_item_id))
      untraceable ||= reservations.length < new Set(changes.reservation_ids).size
    }
    if (untraceable) {
      return new StepResponse<ChangedProducts>({ all: true, product_ids: [] })
    }

    for (const id of await linkedIds(container, "product_variant_price_set", "price_set_id", [...priceSets], "variant_id")) {
      variants.add(id)
    }
    for (const id of await linkedIds(container, "product_variant_inventory_item", "inventory_item_id", [...items], "variant_id")) {
      variants.add(id)
    }
    if (variants.size) {
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "product_variant",
        fields: ["id", "product_id"],
        filters: { id: [...variants] },
        withDeleted: true,
      })
      data.forEach((v) => v.product_id && products.add(v.product_id))
    }
    if (changes.brand_ids?.length) {
      // The brand's products, through the product–brand link of @shop/brands.
      const query = container.resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "brand",
        fields: ["id", "products.id"],
        filters: { id: changes.brand_ids },
        withDeleted: true,
      })
      for (const brand of data as { products?: ({ id: string } | null)[] | null }[]) {
        brand.products?.forEach((p) => p && products.add(p.id))
      }
    }
    return new StepResponse<ChangedProducts>({ all: false, product_ids: [...products] })
  }
)

/** Ids on the other side of a module link, read through Query. */
async function linkedIds(
  container: Resolver,
  entity: string,
  byField: string,
  ids: string[],
  wanted: string
): Promise<string[]> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity, fields: [wanted], filters: { [byField]: ids } })
  return (data as Record<string, unknown>[]).map((row) => row[wanted]).filter((v): v is string => typeof v === "string")
}
