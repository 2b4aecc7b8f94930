import { model } from "@medusajs/framework/utils"

/** The seller's details printed on invoices (one row; edited on the admin's settings page). */
export const InvoiceSettings = model.define("invoice_settings", {
  id: model.id({ prefix: "invset" }).primaryKey(),
  company_name: model.text(),
  /** Street, postal code and city, country: one per line. */
  address: model.text(),
  /** A VAT ID or a tax number is required (checked in the database too). */
  vat_id: model.text().nullable(),
  tax_number: model.text().nullable(),
  iban: model.text(),
  bic: model.text().nullable(),
  bank_name: model.text().nullable(),
  email: model.text(),
  /** A PNG or JPEG as a data: URL (kept in the database: no file or network access when rendering). */
  logo: model.text().nullable(),
  footer_note: model.text().nullable(),
})
