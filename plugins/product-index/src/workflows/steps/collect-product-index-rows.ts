import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus, QueryContext } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { toIndexRow } from "../../lib/index-rows"
import type { IndexedProduct, IndexScope } from "../../lib/index-rows"
import type { ProductIndexRow } from "../../modules/product-index/types"
import type { ChangedProducts } from "./resolve-changed-products"

export type CollectedRows = { rows: ProductIndexRow[]; remove_ids: string[]; replace_all: boolean }

type Resolver = Pick<MedusaContainer, "resolve">

const BATCH = 100

const PRODUCT_FIELDS = [
  "id",
  "title",
  "handle",
  "description",
  "thumbnail",
  "status",
  "created_at",
  "images.url",
  "images.rank",
  "brand.name",
  "variants.id",
  "variants.calculated_price.calculated_amount",
  "variants.calculated_price.currency_code",
  "variants.inventory_items.required_quantity",
  "variants.inventory_items.inventory.location_levels.location_id",
  "variants.inventory_items.inventory.location_levels.stocked_quantity",
  "variants.inventory_items.inventory.location_levels.reserved_quantity",
]

/**
 * Reads the changed products (or every published one) with their brand,
 * prices in the default region and stock at the default sales channel's
 * locations, and turns them into read-model rows. Read-only.
 */
export const collectProductIndexRowsStep = createStep(
  "collect-product-index-rows",
  async (changed: ChangedProducts, { container }) => {
    const scope = await loadScope(container)
    const ids = changed.all
      ? (
          await container
            .resolve(Modules.PRODUCT)
            .listProducts({ status: ProductStatus.PUBLISHED }, { select: ["id"], take: null })
        ).map((p) => p.id)
      : changed.product_ids
    const rows: ProductIndexRow[] = []
    const published = new Set<string>()
    for (let i = 0; i < ids.length; i += BATCH) {
      for (const product of await readProducts(container, ids.slice(i, i + BATCH), scope)) {
        if (product.status !== ProductStatus.PUBLISHED) continue
        published.add(product.id)
        rows.push(toIndexRow(product, scope.row))
      }
    }
    return new StepResponse<CollectedRows>({
      rows,
      remove_ids: changed.all ? [] : ids.filter((id) => !published.has(id)),
      replace_all: changed.all,
    })
  }
)

type Scope = { row: IndexScope; region_id: string | null }

/** Default region (price currency) and the default sales channel's stock locations. */
async function loadScope(container: Resolver): Promise<Scope> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const [store] = await container
    .resolve(Modules.STORE)
    .listStores({}, { select: ["id", "default_region_id", "default_sales_channel_id"], relations: ["supported_currencies"] })
  let regionId: string | null = store?.default_region_id ?? null
  let currency: string | null = store?.supported_currencies?.find((c) => c.is_default)?.currency_code ?? null
  if (regionId) {
    const [region] = await container.resolve(Modules.REGION).listRegions({ id: regionId }, { select: ["id", "currency_code"] })
    if (region) {
      currency = region.currency_code
    } else {
      regionId = null
    }
  }
  let locationIds: string[] = []
  if (store?.default_sales_channel_id) {
    const { data } = await query.graph({
      entity: "sales_channel",
      fields: ["id", "stock_locations.id"],
      filters: { id: store.default_sales_channel_id },
    })
    locationIds = (data[0]?.stock_locations ?? []).filter((l): l is NonNullable<typeof l> => !!l).map((l) => l.id)
  }
  return {
    region_id: regionId,
    row: {
      currency_code: currency,
      location_ids: locationIds,
      backend_url: process.env.MEDUSA_BACKEND_URL || "http://127.0.0.1:9000",
    },
  }
}

async function readProducts(container: Resolver, ids: string[], scope: Scope): Promise<IndexedProduct[]> {
  if (!ids.length) return []
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const pricing = scope.row.currency_code
    ? {
        variants: {
          calculated_price: QueryContext({
            currency_code: scope.row.currency_code,
            ...(scope.region_id ? { region_id: scope.region_id } : {}),
          }),
        },
      }
    : undefined
  const { data } = await query.graph({
    entity: "product",
    fields: PRODUCT_FIELDS,
    filters: { id: ids },
    ...(pricing ? { context: pricing } : {}),
  })
  return data as IndexedProduct[]
}
