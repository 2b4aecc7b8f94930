import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import type { MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { SellerSnapshot } from "./document-types"

export type SellerSettings = {
  company_name: string
  address: string
  /** A VAT ID or a tax number (or both): one of them is required. */
  vat_id: string | null
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

type SettingsRow = {
  id: string | null
  company_name: string
  address: string
  vat_id: string | null
  tax_number: string | null
  iban: string
  bic: string | null
  bank_name: string | null
  email: string
  logo: string | null
  footer_note: string | null
  store_name: string | null
}

/**
 * The seller settings and the store's name in one parameterised statement
 * (read on every placed order; two ORM reads cost several times as much).
 * The settings row is the first saved one, as the service's findSettings
 * picks it; the store is Medusa's (single) store.
 */
export async function readSellerContext(container: MedusaContainer): Promise<{ settings: LoadedSettings; shopName: string | null }> {
  const pg: Knex = container.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const { rows } = await pg.raw<{ rows: SettingsRow[] }>(
    `select s."id", s."company_name", s."address", s."vat_id", s."tax_number", s."iban", s."bic", s."bank_name",
            s."email", s."logo", s."footer_note",
            (select st."name" from "store" st where st."deleted_at" is null order by st."created_at" asc limit 1) as "store_name"
       from (select 1) as "one"
       left join lateral (
         select * from "invoice_settings" where "deleted_at" is null order by "created_at" asc limit 1
       ) s on true`
  )
  const row = rows[0]
  const shopName = row?.store_name ?? null
  if (row?.id) {
    return {
      shopName,
      settings: {
        id: row.id,
        is_default: false,
        company_name: row.company_name,
        address: row.address,
        vat_id: row.vat_id ?? null,
        tax_number: row.tax_number ?? null,
        iban: row.iban,
        bic: row.bic ?? null,
        bank_name: row.bank_name ?? null,
        email: row.email,
        logo: row.logo ?? null,
        footer_note: row.footer_note ?? null,
      },
    }
  }
  return { shopName, settings: { id: null, is_default: true, ...defaultSellerSettings(shopName?.trim() || "Medusa Shop") } }
}

/** The saved settings, or the defaults (with the store's name) while none were saved. */
export async function loadSellerSettings(container: MedusaContainer): Promise<LoadedSettings> {
  return (await readSellerContext(container)).settings
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
