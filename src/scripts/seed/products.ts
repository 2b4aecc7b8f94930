import fs from "fs"
import path from "path"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import type { Catalogue, CatalogueProduct } from "./catalogue"
import { minorToMajor } from "./catalogue"
import type { StoreSetup } from "./store-setup"

/** What the seed needs of the brand module (plugins/brands). */
type BrandRecord = { id: string; name: string }
type BrandModuleService = {
  listBrands(filters?: Record<string, unknown>, config?: Record<string, unknown>): Promise<BrandRecord[]>
  createBrands(data: { name: string; description?: string | null; logo?: string | null }[]): Promise<BrandRecord[]>
}
export const BRAND_MODULE = "brand"

const OPTION_TITLE = "Pack"
const OPTION_VALUE = "Standard"

export async function seedCatalogue(
  container: MedusaContainer,
  catalogue: Catalogue,
  setup: StoreSetup
): Promise<{ products: number; brands: number; categories: number }> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productModule = container.resolve(Modules.PRODUCT)
  const brandModule = container.resolve<BrandModuleService>(BRAND_MODULE)

  // Categories
  const existingCategories = await productModule.listProductCategories(
    { handle: catalogue.categories.map((c) => c.handle) },
    { select: ["id", "handle"] }
  )
  const categoryIds = new Map(existingCategories.map((c) => [c.handle, c.id]))
  const missingCategories = catalogue.categories.filter((c) => !categoryIds.has(c.handle))
  if (missingCategories.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missingCategories.map((c) => ({
          name: c.name,
          handle: c.handle,
          description: c.description,
          is_active: true,
          is_internal: false,
        })),
      },
    })
    for (const c of result) categoryIds.set(c.handle, c.id)
  }

  // Brands (names unique case-insensitively)
  const existingBrands = await brandModule.listBrands({}, { select: ["id", "name"], take: null })
  const brandIds = new Map(existingBrands.map((b) => [b.name.toLowerCase(), b.id]))
  const missingBrands = catalogue.brands.filter((b) => !brandIds.has(b.name.toLowerCase()))
  if (missingBrands.length) {
    const created = await brandModule.createBrands(
      missingBrands.map((b) => ({ name: b.name, description: b.description, logo: b.logo }))
    )
    for (const b of created) brandIds.set(b.name.toLowerCase(), b.id)
  }

  // Products: only the handles that do not exist yet
  const existingProducts = await productModule.listProducts(
    { handle: catalogue.products.map((p) => p.handle) },
    { select: ["id", "handle"], withDeleted: true }
  )
  const existingHandles = new Set(existingProducts.map((p) => p.handle))
  const missingProducts = catalogue.products.filter((p) => !existingHandles.has(p.handle))

  for (const batch of chunks(missingProducts, 10)) {
    const images = await uploadImages(container, catalogue.dir, batch)
    await createProductsWorkflow(container).run({
      input: {
        products: batch.map((p) => ({
          title: p.title,
          handle: p.handle,
          description: p.description,
          status: ProductStatus.PUBLISHED,
          thumbnail: images.get(p.handle),
          images: images.has(p.handle) ? [{ url: images.get(p.handle)! }] : [],
          weight: p.weight_g,
          category_ids: [categoryIds.get(p.category)].filter((id): id is string => !!id),
          shipping_profile_id: setup.shippingProfileId,
          sales_channels: [{ id: setup.salesChannelId }],
          options: [{ title: OPTION_TITLE, values: [OPTION_VALUE] }],
          variants: [
            {
              title: p.title,
              sku: p.handle.toUpperCase(),
              manage_inventory: true,
              allow_backorder: false,
              weight: p.weight_g,
              options: { [OPTION_TITLE]: OPTION_VALUE },
              prices: [{ currency_code: "eur", amount: minorToMajor(p.price_minor) }],
            },
          ],
        })),
      },
    })
  }
  if (missingProducts.length) {
    logger.info(`Created ${missingProducts.length} products`)
  }

  await ensureBrandLinks(container, catalogue.products, brandIds)
  await ensureStockLevels(container, catalogue.products, setup.stockLocationId)

  return { products: missingProducts.length, brands: missingBrands.length, categories: missingCategories.length }
}

async function uploadImages(
  container: MedusaContainer,
  dataDir: string,
  products: CatalogueProduct[]
): Promise<Map<string, string>> {
  const withImages = products.filter((p) => p.image && fs.existsSync(path.join(dataDir, p.image)))
  if (!withImages.length) return new Map()
  const { result } = await uploadFilesWorkflow(container).run({
    input: {
      files: withImages.map((p) => ({
        filename: `${p.handle}${path.extname(p.image)}`,
        mimeType: "image/png",
        content: fs.readFileSync(path.join(dataDir, p.image)).toString("base64"),
        access: "public" as const,
      })),
    },
  })
  return new Map(withImages.map((p, i) => [p.handle, result[i].url]))
}

/** Links each catalogue product to its brand unless it already has one. */
async function ensureBrandLinks(
  container: MedusaContainer,
  products: CatalogueProduct[],
  brandIds: Map<string, string>
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  const { data } = await query.graph({
    entity: "product",
    fields: ["id", "handle", "brand.id"],
    filters: { handle: products.map((p) => p.handle) },
  })
  const wanted = new Map(products.map((p) => [p.handle, p.brand]))
  const links = data
    .filter((p) => !(p as { brand?: { id: string } | null }).brand && wanted.get(p.handle))
    .map((p) => ({ productId: p.id, brandId: brandIds.get(wanted.get(p.handle)!.toLowerCase()) }))
    .filter((l): l is { productId: string; brandId: string } => !!l.brandId)
    .map((l) => ({ [Modules.PRODUCT]: { product_id: l.productId }, [BRAND_MODULE]: { brand_id: l.brandId } }))
  if (links.length) {
    await link.create(links)
  }
}

/**
 * Gives each catalogue variant its initial stock at the warehouse, only where
 * no inventory level exists yet: live stock is never reset.
 */
async function ensureStockLevels(
  container: MedusaContainer,
  products: CatalogueProduct[],
  locationId: string
): Promise<void> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "product_variant",
    fields: ["id", "sku", "inventory_items.inventory_item_id", "inventory_items.inventory.location_levels.location_id"],
    filters: { sku: products.map((p) => p.handle.toUpperCase()) },
  })
  const stockBySku = new Map(products.map((p) => [p.handle.toUpperCase(), p.stock]))
  const levels: { inventory_item_id: string; location_id: string; stocked_quantity: number }[] = []
  for (const variant of data as VariantWithInventory[]) {
    for (const item of variant.inventory_items ?? []) {
      const hasLevel = item.inventory?.location_levels?.some((l) => l.location_id === locationId)
      if (!hasLevel) {
        levels.push({
          inventory_item_id: item.inventory_item_id,
          location_id: locationId,
          stocked_quantity: stockBySku.get(variant.sku ?? "") ?? 0,
        })
      }
    }
  }
  if (levels.length) {
    await createInventoryLevelsWorkflow(container).run({ input: { inventory_levels: levels } })
  }
}

type VariantWithInventory = {
  id: string
  sku: string | null
  inventory_items?: {
    inventory_item_id: string
    inventory?: { location_levels?: { location_id: string }[] }
  }[]
}

function chunks<T>(items: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size))
  return out
}
