import type { MedusaContainer } from "@medusajs/framework/types"
import { ENGAGEMENT_MODULE } from "../modules/engagement"
import type EngagementModuleService from "../modules/engagement/service"
import { productTitles } from "./products"

function iso(value: Date | string | null): string | null {
  return value === null ? null : new Date(value).toISOString()
}

export type CustomerEngagementExport = {
  viewed_products: { product_id: string; product_title: string | null; viewed_at: string | null }[]
  wishlist: { product_id: string; product_title: string | null; added_at: string | null; removed_at: string | null }[]
  purchase_history: {
    order_id: string
    product_id: string | null
    product_title: string | null
    variant_title: string | null
    quantity: number
    returned_quantity: number
    purchased_at: string | null
    canceled_at: string | null
  }[]
  tracking_consent: { granted: boolean; updated_at: string | null } | null
}

/** What the engagement plugin holds about a customer, for the data export. */
export async function exportCustomerEngagement(container: MedusaContainer, customerId: string): Promise<CustomerEngagementExport> {
  const service: EngagementModuleService = container.resolve(ENGAGEMENT_MODULE)
  const snapshot = await service.snapshotCustomer(customerId)
  const titles = await productTitles(container, [
    ...snapshot.views.map((v) => v.product_id),
    ...snapshot.wishlist.map((w) => w.product_id),
  ])
  const consent = snapshot.consents[0]
  return {
    viewed_products: snapshot.views.map((v) => ({
      product_id: v.product_id,
      product_title: titles.get(v.product_id)?.title ?? null,
      viewed_at: iso(v.viewed_at),
    })),
    wishlist: snapshot.wishlist.map((w) => ({
      product_id: w.product_id,
      product_title: titles.get(w.product_id)?.title ?? null,
      added_at: iso(w.created_at),
      removed_at: iso(w.deleted_at),
    })),
    purchase_history: snapshot.purchases.map((p) => ({
      order_id: p.order_id,
      product_id: p.product_id,
      product_title: p.product_title,
      variant_title: p.variant_title,
      quantity: Number(p.quantity),
      returned_quantity: Number(p.returned_quantity),
      purchased_at: iso(p.purchased_at),
      canceled_at: iso(p.canceled_at),
    })),
    tracking_consent: consent ? { granted: consent.granted, updated_at: iso(consent.updated_at) } : null,
  }
}
