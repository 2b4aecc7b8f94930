import type { MedusaContainer } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { INVOICE_MODULE } from "../modules/invoice"
import type InvoiceModuleService from "../modules/invoice/service"
import type { SellerSnapshot } from "./document-types"

export type SellerSettings = {
  company_name: string
  address: string
  vat_id: string
  tax_number: string | null
  iban: string
  bic: string | null
  bank_name: string | null
  email: string
  logo: string | null
  footer_note: string | null
}

/** What invoices show until the merchant saves the settings page. */
export function defaultSellerSettings(shopName: string): SellerSettings {
  return {
    company_name: shopName,
    address: "Musterstraße 1\n10115 Berlin\nGermany",
    vat_id: "DE123456789",
    tax_number: null,
    iban: "DE89 3704 0044 0532 0130 00",
    bic: "COBADEFFXXX",
    bank_name: null,
    email: process.env.MERCHANT_EMAIL?.trim() || "billing@shop.test",
    logo: null,
    footer_note: "Thank you for shopping with us.",
  }
}

export type LoadedSettings = SellerSettings & { id: string | null; is_default: boolean }

/** The saved settings, or the defaults (with the store's name) while none were saved. */
export async function loadSellerSettings(container: MedusaContainer): Promise<LoadedSettings> {
  const invoices: InvoiceModuleService = container.resolve(INVOICE_MODULE)
  const saved = await invoices.findSettings()
  if (saved) {
    return {
      id: saved.id,
      is_default: false,
      company_name: saved.company_name,
      address: saved.address,
      vat_id: saved.vat_id,
      tax_number: saved.tax_number ?? null,
      iban: saved.iban,
      bic: saved.bic ?? null,
      bank_name: saved.bank_name ?? null,
      email: saved.email,
      logo: saved.logo ?? null,
      footer_note: saved.footer_note ?? null,
    }
  }
  const storeModule = container.resolve(Modules.STORE)
  const [store] = await storeModule.listStores({}, { take: 1, select: ["id", "name"] })
  return { id: null, is_default: true, ...defaultSellerSettings(store?.name?.trim() || "Medusa Shop") }
}

export function sellerSnapshot(settings: SellerSettings): SellerSnapshot {
  return {
    company_name: settings.company_name,
    address_lines: settings.address
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
    vat_id: settings.vat_id,
    tax_number: settings.tax_number,
    iban: settings.iban,
    bic: settings.bic,
    bank_name: settings.bank_name,
    email: settings.email,
    footer_note: settings.footer_note,
  }
}
