import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"

/**
 * The store's look, defined once: every email template and the invoice PDF
 * take their colours from here.
 */
export const BRAND_COLOURS = {
  primary: "#1f3a5f",
  accent: "#d9822b",
  text: "#1f2933",
  muted: "#6b7280",
  border: "#e4e7eb",
  background: "#f4f5f7",
  surface: "#ffffff",
} as const

export type BrandColours = typeof BRAND_COLOURS

export type Brand = {
  /** The store's name (Medusa store module), e.g. "Medusa Shop". */
  shopName: string
  colours: BrandColours
  /** Where links in mails point to (the storefront). */
  storefrontUrl: string
}

/** Used when the store module has no store yet (fresh database, template previews, tests). */
export const DEFAULT_SHOP_NAME = "Medusa Shop"

export function storefrontUrl(): string {
  return (process.env.STOREFRONT_URL || "http://127.0.0.1:8000").replace(/\/+$/, "")
}

export function brandFor(shopName: string): Brand {
  return { shopName, colours: BRAND_COLOURS, storefrontUrl: storefrontUrl() }
}

/** Reads the shop's name from Medusa's store module. */
export async function loadBrand(container: MedusaContainer): Promise<Brand> {
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { take: 1, select: ["id", "name"] })
  return brandFor(store?.name?.trim() || DEFAULT_SHOP_NAME)
}
