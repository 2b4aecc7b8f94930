import fs from "fs"
import path from "path"

export type CatalogueCategory = { handle: string; name: string; description: string }
export type CatalogueBrand = { name: string; description: string | null; logo: string | null }
export type CatalogueProduct = {
  handle: string
  title: string
  description: string
  brand: string | null
  category: string
  /** Medusa product type; it decides the VAT rate (see tax-classes.ts). */
  product_type: string
  /** EUR in integer cents, gross (incl. VAT) while the region's prices include tax */
  price_minor: number
  stock: number
  /** path relative to data/ */
  image: string
  weight_g?: number
}
export type Catalogue = {
  dir: string
  categories: CatalogueCategory[]
  brands: CatalogueBrand[]
  products: CatalogueProduct[]
}

/** data/ is found from SHOP_DATA_DIR, or by walking up from here (src or .medusa/server/src). */
export function findDataDir(start: string = __dirname): string {
  if (process.env.SHOP_CATALOGUE_DIR) {
    return path.resolve(process.env.SHOP_CATALOGUE_DIR)
  }
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    const candidate = path.join(dir, "data", "catalogue.json")
    if (fs.existsSync(candidate)) {
      return path.dirname(candidate)
    }
  }
  throw new Error(`data/catalogue.json not found above ${start}; set SHOP_CATALOGUE_DIR`)
}

export function loadCatalogue(dir: string = findDataDir()): Catalogue {
  const raw = JSON.parse(fs.readFileSync(path.join(dir, "catalogue.json"), "utf8")) as Omit<Catalogue, "dir">
  for (const product of raw.products) {
    if (!Number.isInteger(product.price_minor) || product.price_minor < 0) {
      throw new Error(`catalogue: ${product.handle} has a price_minor that is not a whole number of cents`)
    }
    if (!Number.isInteger(product.stock) || product.stock < 0) {
      throw new Error(`catalogue: ${product.handle} has an invalid stock`)
    }
  }
  return { dir, ...raw }
}

/** Integer cents → the decimal string Medusa's BigNumber takes (no float arithmetic). */
export function minorToMajor(minor: number): string {
  const sign = minor < 0 ? "-" : ""
  const abs = Math.abs(minor)
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, "0")}`
}
