import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createProductTypesWorkflow, createTaxRatesWorkflow, updateProductsWorkflow } from "@medusajs/medusa/core-flows"
import type { CatalogueProduct } from "./catalogue"

/**
 * VAT by product class, with Medusa's own tax rate rules (the admin edits them
 * on Settings → Tax Regions). German law for this catalogue: 7% for food
 * (fruit, vegetables, bakery, dairy, pantry, snacks, coffee and tea), 19% for
 * everything else, mineral water and juices included. Medusa's rules match a
 * product or a product type (not a category), so each catalogue product
 * carries a product type (data/catalogue.json `product_type`) and the reduced
 * rate holds a rule per reduced type; everything else falls to the region's
 * default rate.
 */
export const REDUCED_VAT: Record<string, { rate: number; types: string[] }> = {
  de: { rate: 7, types: ["Food"] },
}
export const reducedRateCode = (country: string) => `${country.toUpperCase()}-VAT-REDUCED`

/** Creates the catalogue's product types, gives each product without a type its type, adds the reduced rates. */
export async function seedTaxClasses(container: MedusaContainer, products: CatalogueProduct[]): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const productModule = container.resolve(Modules.PRODUCT)

  const wanted = [...new Set(products.map((p) => p.product_type))]
  const existing = await productModule.listProductTypes({}, { select: ["id", "value"], take: null })
  const typeIds = new Map(existing.filter((t) => wanted.includes(t.value)).map((t) => [t.value, t.id]))
  const missing = wanted.filter((v) => !typeIds.has(v))
  if (missing.length) {
    const { result } = await createProductTypesWorkflow(container).run({
      input: { product_types: missing.map((value) => ({ value })) },
    })
    for (const t of result) typeIds.set(t.value, t.id)
    logger.info(`Created product types ${missing.join(", ")}`)
  }

  // Only products without a type get one: a type the merchant chose stays.
  const seeded = await productModule.listProducts(
    { handle: products.map((p) => p.handle) },
    { select: ["id", "handle", "type_id"], take: null }
  )
  const untyped = seeded.filter((p) => !p.type_id)
  const typeOf = new Map(products.map((p) => [p.handle, typeIds.get(p.product_type)]))
  const byType = new Map<string, string[]>()
  for (const p of untyped) {
    const typeId = typeOf.get(p.handle)
    if (typeId) byType.set(typeId, [...(byType.get(typeId) ?? []), p.id])
  }
  for (const [typeId, ids] of byType) {
    await updateProductsWorkflow(container).run({ input: { selector: { id: ids }, update: { type_id: typeId } } })
  }

  // The reduced rate of each country, once; later edits in the admin are the merchant's.
  const taxModule = container.resolve(Modules.TAX)
  for (const [country, reduced] of Object.entries(REDUCED_VAT)) {
    const region = (await taxModule.listTaxRegions({ country_code: country })).find((r) => !r.parent_id)
    if (!region) continue
    const [rate] = await taxModule.listTaxRates({ tax_region_id: region.id, code: reducedRateCode(country) })
    if (rate) continue
    await createTaxRatesWorkflow(container).run({
      input: [
        {
          tax_region_id: region.id,
          name: `${country.toUpperCase()} reduced VAT (food)`,
          code: reducedRateCode(country),
          rate: reduced.rate,
          rules: reduced.types.flatMap((t) => {
            const id = typeIds.get(t)
            return id ? [{ reference: "product_type", reference_id: id }] : []
          }),
        },
      ],
    })
    logger.info(`Created the ${reduced.rate}% VAT rate for ${country.toUpperCase()} (${reduced.types.join(", ")})`)
  }
}
