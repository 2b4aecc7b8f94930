import type { ExecArgs } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { loadCatalogue } from "./seed/catalogue"
import { seedAdminUser } from "./seed/admin-user"
import { seedCatalogue } from "./seed/products"
import { seedStoreSetup } from "./seed/store-setup"
import { seedTaxClasses } from "./seed/tax-classes"

/**
 * Seeds the store idempotently: every part first looks for what it would
 * create and only creates what is missing, so a second run changes nothing
 * and never fails. Live data (stock levels, prices edited in the admin) is
 * never overwritten.
 *
 *   npx medusa exec ./src/scripts/seed.ts
 */
export default async function seed({ container }: ExecArgs): Promise<void> {
  const logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const catalogue = loadCatalogue()

  const setup = await seedStoreSetup(container)
  await seedAdminUser(container)
  const created = await seedCatalogue(container, catalogue, setup)
  await seedTaxClasses(container, catalogue.products)

  const productModule = container.resolve(Modules.PRODUCT)
  const [, productCount] = await productModule.listAndCountProducts({}, { take: 1 })
  logger.info(
    `Seed complete: region ${setup.regionId}, sales channel ${setup.salesChannelId}, ` +
      `${created.products} new products (${productCount} in the catalogue), ${created.brands} new brands, ` +
      `${created.categories} new categories.`
  )
}
