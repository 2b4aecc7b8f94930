import type { IPaymentModuleService, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { loadCartState } from "../lib/cart-state"
import { withCartLock } from "../lib/cart-lock"
import { database, select } from "../lib/db"
import { cartHandOverReason, handOver, type LeanOutcome } from "../lib/lean-path"
import { cartTotals } from "../lib/pricing"

export type PaymentCollectionOutcome = LeanOutcome & { payment_collection_id?: string }

async function linkedCollection(container: MedusaContainer, cartId: string): Promise<string | null> {
  const [row] = await select<{ payment_collection_id: string }>(
    database(container),
    `select cpc.payment_collection_id from cart_payment_collection cpc
       join payment_collection pc on pc.id = cpc.payment_collection_id and pc.deleted_at is null
      where cpc.cart_id = ? and cpc.deleted_at is null limit 1`,
    [cartId]
  )
  return row?.payment_collection_id ?? null
}

/**
 * POST /store/payment-collections { cart_id }, leanly: the cart's payment
 * collection when it has one; otherwise, under the cart's lock, one for the
 * cart's total in its currency, linked to the cart (Medusa's
 * create-payment-collection-for-cart with the totals Medusa's cart module
 * computes). A missing or completed cart gets Medusa's own answer.
 */
export async function paymentCollectionForCartLean(
  container: MedusaContainer,
  cartId: string
): Promise<PaymentCollectionOutcome> {
  const existing = await linkedCollection(container, cartId)
  if (existing) return { done: true, payment_collection_id: existing }
  const knex = database(container)
  return withCartLock(container, cartId, async (): Promise<PaymentCollectionOutcome> => {
    const cart = await loadCartState(knex, cartId)
    const reason = cartHandOverReason(cart)
    if (reason || !cart) return handOver(reason ?? "cart not found")
    const again = await linkedCollection(container, cartId)
    if (again) return { done: true, payment_collection_id: again }

    const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
    const [collection] = await payments.createPaymentCollections([
      { currency_code: cart.currency_code, amount: cartTotals(cart).raw_total },
    ])
    const link = container.resolve(ContainerRegistrationKeys.LINK)
    try {
      await link.create([{ [Modules.CART]: { cart_id: cart.id }, [Modules.PAYMENT]: { payment_collection_id: collection.id } }])
    } catch (error) {
      await payments.deletePaymentCollections([collection.id])
      throw error
    }
    return { done: true, payment_collection_id: collection.id }
  })
}

type CollectionRow = {
  id: string
  amount: { value: string; precision?: number }
  currency_code: string
  session_ids: string[]
  cart_region_id: string | null
  cart_completed_at: string | null
  region_provider_ids: string[]
}

/**
 * POST /store/payment-collections/:id/payment-sessions for a guest, leanly:
 * Medusa's create-payment-sessions (the provider must be enabled in the
 * cart's region; the provider opens a session for the collection's amount;
 * the collection's earlier sessions are deleted through their provider). A
 * signed-in customer's payment also sets up the customer's account holder
 * with the provider: that goes to Medusa's workflow.
 */
export async function createPaymentSessionLean(
  container: MedusaContainer,
  collectionId: string,
  input: { provider_id: string; data?: Record<string, unknown>; customer_id?: string }
): Promise<LeanOutcome> {
  if (input.customer_id) return handOver("customer account holder")
  const [collection] = await select<CollectionRow>(
    database(container),
    `select pc.id, pc.raw_amount as amount, pc.currency_code,
        coalesce((select json_agg(ps.id order by ps.created_at, ps.id) from payment_session ps
                   where ps.payment_collection_id = pc.id and ps.deleted_at is null), '[]'::json) as session_ids,
        c.region_id as cart_region_id, c.completed_at as cart_completed_at,
        coalesce((select json_agg(rpp.payment_provider_id) from region_payment_provider rpp
                   join payment_provider pp on pp.id = rpp.payment_provider_id and pp.deleted_at is null
                  where rpp.region_id = c.region_id and rpp.deleted_at is null), '[]'::json) as region_provider_ids
       from payment_collection pc
       left join cart_payment_collection cpc on cpc.payment_collection_id = pc.id and cpc.deleted_at is null
       left join cart c on c.id = cpc.cart_id and c.deleted_at is null
      where pc.id = ? and pc.deleted_at is null
      limit 1`,
    [collectionId]
  )
  if (!collection) return handOver("payment collection not found")
  const regionChecked = collection.cart_region_id && !collection.cart_completed_at
  if (regionChecked && !collection.region_provider_ids.includes(input.provider_id)) {
    return handOver("provider not enabled in the region")
  }

  const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
  const session = await payments.createPaymentSession(collection.id, {
    provider_id: input.provider_id,
    currency_code: collection.currency_code,
    amount: collection.amount,
    data: input.data ?? {},
    context: { customer: undefined, account_holder: undefined },
  })
  const failed: string[] = []
  await Promise.all(
    collection.session_ids.map((id) => payments.deletePaymentSession(id).catch(() => failed.push(id)))
  )
  if (failed.length) {
    await payments.deletePaymentSession(session.id)
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Could not delete all payment sessions: ${failed.join(", ")}`)
  }
  return { done: true }
}
