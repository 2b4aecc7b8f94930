import type { MedusaRequest } from "@medusajs/framework/http"
import type { BigNumberValue, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, defaultCurrencies, MathBN, MedusaError } from "@medusajs/framework/utils"
import { customerIdOf } from "@shop/order-tracking/lib/order-access"
import type { ReviewRecord } from "./serialize"
import { REVIEW_FIELDS } from "./serialize"

export function reviewNotFound(id: string): MedusaError {
  return new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${id} was not found`)
}

export async function readReview(scope: MedusaContainer, id: string, extraFields: string[] = []): Promise<ReviewRecord | null> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "review", fields: [...REVIEW_FIELDS, ...extraFields], filters: { id } })
  return (data[0] as ReviewRecord | undefined) ?? null
}

/** The caller's own (live) review; 404 for anyone else, anonymous callers included — as for an unknown id. */
export async function findOwnReview(req: MedusaRequest, id: string): Promise<ReviewRecord & { customer_id: string }> {
  const customerId = customerIdOf(req)
  const review = customerId ? await readReview(req.scope, id) : null
  if (!review || review.customer_id === null || review.customer_id !== customerId) {
    throw reviewNotFound(id)
  }
  return review as ReviewRecord & { customer_id: string }
}

/** A published product, or 404. */
export async function findReviewableProduct(scope: MedusaContainer, productId: string): Promise<{ id: string; title: string }> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({ entity: "product", fields: ["id", "title", "status"], filters: { id: productId } })
  const product = data[0] as { id: string; title: string; status: string } | undefined
  if (!product || product.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${productId} was not found`)
  }
  return product
}

/**
 * Whether the customer bought the product: a line item of it in one of their
 * orders that is neither canceled (nor a draft) nor fully refunded — money
 * that all went back is not a purchase.
 */
export async function hasBoughtProduct(scope: MedusaContainer, customerId: string, productId: string): Promise<boolean> {
  const query = scope.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "status",
      "is_draft_order",
      "canceled_at",
      "items.product_id",
      "currency_code",
      "payment_collections.payments.captures.amount",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { customer_id: customerId },
  })
  return (data as BoughtOrder[]).some(
    (order) =>
      order.status !== "canceled" &&
      order.status !== "draft" &&
      !order.is_draft_order &&
      !order.canceled_at &&
      !fullyRefunded(order) &&
      (order.items ?? []).some((item) => item?.product_id === productId)
  )
}

type BoughtOrder = {
  status: string
  currency_code?: string | null
  is_draft_order?: boolean | null
  canceled_at?: unknown
  items?: ({ product_id: string | null } | null)[] | null
  payment_collections?: { payments?: { captures?: Money[] | null; refunds?: Money[] | null }[] | null }[] | null
}
type Money = { amount?: BigNumberValue | null }

/**
 * Everything captured went back, compared in the currency's minor units (as
 * BigNumbers, never floats): Medusa keeps totals with sub-cent precision,
 * while refunds are whole cents.
 */
function fullyRefunded(order: BoughtOrder): boolean {
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  const digits = defaultCurrencies[(order.currency_code ?? "").toUpperCase()]?.decimal_digits ?? 2
  const total = (rows: Money[]) =>
    MathBN.convert(rows.reduce((sum, row) => MathBN.add(sum, row.amount ?? 0), MathBN.convert(0)), digits)
  const refunded = total(payments.flatMap((p) => p.refunds ?? []))
  const captured = total(payments.flatMap((p) => p.captures ?? []))
  return MathBN.gt(refunded, 0) && MathBN.gte(refunded, captured)
}
