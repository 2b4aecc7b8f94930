import { Migration } from "@medusajs/framework/mikro-orm/migrations"

/** A seller may have a tax number (Steuernummer) instead of a VAT ID; one of the two is required. */
export class Migration20261206120100 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "invoice_settings" alter column "vat_id" drop not null;`)
    this.addSql(`alter table if exists "invoice_settings" drop constraint if exists "invoice_settings_vat_id_or_tax_number";`)
    this.addSql(
      `alter table if exists "invoice_settings" add constraint "invoice_settings_vat_id_or_tax_number" check ("vat_id" is not null or "tax_number" is not null);`
    )
  }

  override async down(): Promise<void> {
    this.addSql(`alter table if exists "invoice_settings" drop constraint if exists "invoice_settings_vat_id_or_tax_number";`)
    this.addSql(`update "invoice_settings" set "vat_id" = '' where "vat_id" is null;`)
    this.addSql(`alter table if exists "invoice_settings" alter column "vat_id" set not null;`)
  }
}
