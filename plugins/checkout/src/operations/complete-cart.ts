import type {
  CaptureDTO,
  Context,
  CreateOrderDTO,
  ICartModuleService,
  IEventBusModuleService,
  IInventoryService,
  ILockingModule,
  IOrderModuleService,
  IPaymentModuleService,
  LinkDefinition,
  Logger,
  MedusaContainer,
  PaymentDTO,
  ReservationItemDTO,
} from "@medusajs/framework/types"
import {
  ContainerRegistrationKeys,
  MathBN,
  MedusaError,
  MessageAggregator,
  Modules,
  OrderStatus,
  OrderWorkflowEvents,
  PaymentSessionStatus,
  ReservationItemWorkflowEvents,
} from "@medusajs/framework/utils"
import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { randomUUID } from "node:crypto"
import { loadVariants, type CartVariant } from "../lib/catalog"
import { withCartLock } from "../lib/cart-lock"
import {
  loadCompletionCart,
  type CompletionAdjustment,
  type CompletionCart,
  type CompletionLineItem,
  type CompletionTaxLine,
} from "../lib/completion-cart"
import { database, select } from "../lib/db"
import { inventoryNeeds } from "../lib/inventory"
import { soldOutMessage, type StockLine } from "../lib/stock-check"

/** A lean completion: handed over to Medusa, or an order (new or the cart's existing one). */
export type CompletionOutcome =
  | { done: false; reason: string }
  | { done: true; order_id: string }

/** Payment outcomes Medusa answers with the cart and a 200 (the shopper retries with another card). */
export const PAYMENT_ERROR_TYPES: string[] = [
  MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR,
  MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR,
]

/** Session statuses Medusa's completion accepts (validateCartPaymentsStep, 2.21.2). */
const PROCESSABLE_SESSION_STATUSES: string[] = [
  PaymentSessionStatus.PENDING,
  PaymentSessionStatus.REQUIRES_MORE,
  PaymentSessionStatus.AUTHORIZED,
  PaymentSessionStatus.CAPTURED,
  PaymentSessionStatus.PENDING_AUTHORIZATION,
]

/** Medusa waits up to 30 s for a cart being completed and holds the lock for at most 2 minutes. */
const COMPLETION_LOCK = { timeoutMs: 30_000, expireSeconds: 120 }

function taxLinesData(lines: CompletionTaxLine[]) {
  return lines.map((line) => ({
    description: line.description ?? undefined,
    tax_rate_id: line.tax_rate_id ?? undefined,
    code: line.code,
    rate: line.rate,
    provider_id: line.provider_id ?? undefined,
    metadata: line.metadata ?? undefined,
  }))
}

function adjustmentsData(adjustments: CompletionAdjustment[]) {
  return adjustments.map((adjustment) => ({
    code: adjustment.code ?? undefined,
    amount: adjustment.amount,
    description: adjustment.description ?? undefined,
    promotion_id: adjustment.promotion_id ?? undefined,
    provider_id: adjustment.provider_id ?? undefined,
    is_tax_inclusive: adjustment.is_tax_inclusive,
  }))
}

/** The order line Medusa's completion makes of a cart line (core-flows prepareLineItemData). */
function orderItem(item: CompletionLineItem, variant: CartVariant | undefined) {
  if (MathBN.lte(item.quantity, 0)) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Item quantity must be greater than 0")
  }
  const product = variant?.product
  return {
    quantity: item.quantity,
    title: item.title ?? product?.title,
    subtitle: item.subtitle ?? variant?.title ?? undefined,
    thumbnail: item.thumbnail ?? variant?.thumbnail ?? product?.thumbnail ?? undefined,
    product_id: product?.id ?? item.product_id ?? undefined,
    product_title: item.product_title ?? product?.title,
    product_description: item.product_description ?? product?.description ?? undefined,
    product_subtitle: item.product_subtitle ?? product?.subtitle ?? undefined,
    product_type: item.product_type ?? product?.type?.value ?? undefined,
    product_type_id: item.product_type_id ?? product?.type?.id ?? undefined,
    product_collection: item.product_collection ?? product?.collection?.title ?? undefined,
    product_handle: item.product_handle ?? product?.handle,
    variant_id: variant?.id,
    variant_sku: item.variant_sku ?? variant?.sku ?? undefined,
    variant_barcode: item.variant_barcode ?? variant?.barcode ?? undefined,
    variant_title: item.variant_title ?? variant?.title ?? undefined,
    variant_option_values: item.variant_option_values ?? undefined,
    is_discountable: item.is_discountable ?? product?.discountable,
    is_giftcard: product?.is_giftcard ?? false,
    requires_shipping: item.requires_shipping ?? undefined,
    unit_price: item.raw_unit_price,
    compare_at_unit_price: item.raw_compare_at_unit_price ?? undefined,
    is_tax_inclusive: !!item.is_tax_inclusive,
    metadata: item.metadata ?? {},
    tax_lines: taxLinesData(item.tax_lines),
    adjustments: adjustmentsData(item.adjustments),
  }
}

/** The order Medusa's completion creates from the cart (complete-cart's cartToOrder). */
function orderInput(cart: CompletionCart, variants: Map<string, CartVariant>): CreateOrderDTO {
  return {
    region_id: cart.region_id ?? undefined,
    customer_id: cart.customer_id ?? undefined,
    sales_channel_id: cart.sales_channel_id ?? undefined,
    status: OrderStatus.PENDING,
    email: cart.email ?? undefined,
    currency_code: cart.currency_code,
    locale: cart.locale ?? undefined,
    shipping_address: cart.shipping_address ?? undefined,
    billing_address: cart.billing_address ?? undefined,
    no_notification: false,
    items: cart.items.map((item) => orderItem(item, item.variant_id ? variants.get(item.variant_id) : undefined)),
    shipping_methods: cart.shipping_methods.map((method) => ({
      name: method.name,
      description: method.description ?? undefined,
      amount: method.raw_amount,
      is_tax_inclusive: method.is_tax_inclusive,
      shipping_option_id: method.shipping_option_id ?? undefined,
      data: method.data ?? undefined,
      metadata: method.metadata ?? undefined,
      tax_lines: taxLinesData(method.tax_lines),
      adjustments: adjustmentsData(method.adjustments),
    })),
    metadata: cart.metadata ?? undefined,
  }
}

/** The cart's lines for the shop's sold-out check (lib/stock-check). */
function stockLines(cart: CompletionCart, variants: Map<string, CartVariant>): StockLine[] {
  return cart.items.map((item) => {
    const variant = item.variant_id ? variants.get(item.variant_id) : undefined
    return {
      title: item.product_title ?? item.title,
      quantity: item.quantity,
      manage_inventory: !!variant?.manage_inventory,
      allow_backorder: !!variant?.allow_backorder,
      inventory: (variant?.inventory_items ?? []).map((link) => ({ required_quantity: link.required_quantity, levels: link.levels })),
    }
  })
}

/** What the lean completion does not carry over, or null (Medusa's workflow completes such a cart). */
function handOverReason(cart: CompletionCart): string | null {
  if (cart.promotion_count) return "promotions on the cart"
  if (cart.credit_line_count) return "credit lines"
  if (cart.locale) return "translated cart"
  if (cart.automatic_promotions) return "automatic promotions"
  return null
}

/**
 * POST /store/carts/:id/complete, leanly: Medusa's complete-cart (2.21.2)
 * step for step, on a cart read in one statement, without storing the
 * workflow's execution: under the cart's lock, the cart's existing order is
 * returned; otherwise the cart is validated (items, payment session of a
 * provider enabled in the region, shipping for every shipping profile, stock),
 * the order is created, linked to the cart and its payment collection, the
 * cart marked completed, stock reserved under the inventory items' locks, and
 * the payment authorized last. A failure undoes every earlier change in
 * reverse order, so a declined card leaves no order, no reservation and an
 * open cart. Then `order.placed` and the reservation events go out.
 *
 * A cart the lean path hands over is handed over after the lock is released:
 * Medusa's workflow takes the same lock.
 */
export async function completeCartLean(container: MedusaContainer, cartId: string): Promise<CompletionOutcome> {
  const knex = database(container)
  let lockTimedOut = false
  const outcome = await withCartLock(
    container,
    cartId,
    async (): Promise<CompletionOutcome> => {
      const cart = await loadCompletionCart(knex, cartId)
      if (!cart) return { done: false, reason: "cart not found" }
      if (cart.order_id) return { done: true, order_id: cart.order_id }
      const reason = handOverReason(cart)
      if (reason) return { done: false, reason }
      const orderId = await placeOrder(container, cart)
      return { done: true, order_id: orderId }
    },
    { ...COMPLETION_LOCK, onTimeout: () => (lockTimedOut = true) }
  ).catch((error: unknown) => {
    if (lockTimedOut) {
      throw new MedusaError(MedusaError.Types.CONFLICT, "Cart is already being completed by another request")
    }
    throw error
  })
  return outcome
}

/** A new order's lines, as the reservations need them. */
type CreatedOrder = { id: string; items: { id: string; variant_id: string | null; quantity: string }[] }

/**
 * The order module's `createOrders_`: what its public `createOrders` runs,
 * without the re-read that follows it: every relation of the new order
 * through MikroORM, the completion's largest statement (~3 ms to build its
 * SQL alone, then hydration and serialization), of which completion needs
 * only the lines' ids. The module's own events are collected and
 * emitted as `createOrders` does (internal, in the completion's event group),
 * and the lines are read in one statement.
 */
async function createOrder(
  orders: IOrderModuleService,
  knex: Knex,
  eventBus: IEventBusModuleService,
  input: CreateOrderDTO,
  context: Context
): Promise<CreatedOrder> {
  const service = orders as IOrderModuleService & {
    createOrders_(data: CreateOrderDTO[], context: Context): Promise<{ id: string }[]>
  }
  const messageAggregator = new MessageAggregator()
  const [created] = await service.createOrders_([input], { ...context, messageAggregator })
  const messages = messageAggregator.getMessages().default ?? []
  if (messages.length) await eventBus.emit(messages, { internal: true })
  const items = await select<CreatedOrder["items"][number]>(
    knex,
    `select li.id, li.variant_id, oi.quantity
       from order_item oi join order_line_item li on li.id = oi.item_id
      where oi.order_id = ? and oi.deleted_at is null and li.deleted_at is null
      order by li.created_at, li.id`,
    [created.id]
  )
  return { id: created.id, items }
}

async function placeOrder(container: MedusaContainer, cart: CompletionCart): Promise<string> {
  const knex = database(container)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  if (cart.completed_at) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `Cart ${cart.id} is already completed.`)
  }
  if (!cart.items.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Cannot complete a cart with no items")
  }
  const sessions = (cart.payment_collection?.payment_sessions ?? []).filter((session) =>
    PROCESSABLE_SESSION_STATUSES.includes(session.status)
  )
  if (!cart.payment_collection) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Payment collection has not been initiated for cart")
  }
  if (!sessions.length) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Payment sessions are required to complete cart")
  }
  const disabled = [...new Set(sessions.map((s) => s.provider_id))].filter(
    (id) => !cart.region_payment_provider_ids.includes(id)
  )
  if (cart.region_id && disabled.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Payment provider${disabled.length > 1 ? "s" : ""} ${disabled.join(", ")} ${disabled.length > 1 ? "are" : "is"} not enabled in the cart's region ${cart.region_id}.`
    )
  }

  const variantIds = [...new Set(cart.items.map((item) => item.variant_id).filter((id): id is string => !!id))]
  const variants = await loadVariants(knex, variantIds)
  const soldOut = soldOutMessage(stockLines(cart, variants), cart.sales_channel_id)
  if (soldOut) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, soldOut)

  const shipped = cart.items.filter((item) => item.requires_shipping)
  if (shipped.length && !cart.shipping_methods.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "No shipping method selected but the cart contains items that require shipping."
    )
  }
  const profiles = cart.shipping_methods.map((method) => method.shipping_profile_id)
  const unserved = shipped.filter((item) => {
    const profile = item.variant_id ? variants.get(item.variant_id)?.product.shipping_profile_id : undefined
    return !profiles.includes(profile ?? null)
  })
  if (unserved.length) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      "The cart items require shipping profiles that are not satisfied by the current shipping methods"
    )
  }

  const orders: IOrderModuleService = container.resolve(Modules.ORDER)
  const carts: ICartModuleService = container.resolve(Modules.CART)
  const inventory: IInventoryService = container.resolve(Modules.INVENTORY)
  const locking: ILockingModule = container.resolve(Modules.LOCKING)
  const payments: IPaymentModuleService = container.resolve(Modules.PAYMENT)
  const eventBus: IEventBusModuleService = container.resolve(Modules.EVENT_BUS)
  const link = container.resolve(ContainerRegistrationKeys.LINK)
  // Like a workflow, the modules' own events wait until the order stands: a
  // declined card's order and reservation are never announced.
  const context: Context = { eventGroupId: `checkout-complete-${cart.id}-${randomUUID()}` }
  const undo: (() => Promise<unknown>)[] = []

  try {
    const order = await createOrder(orders, knex, eventBus, orderInput(cart, variants), context)
    undo.push(() => orders.deleteOrders([order.id], context))

    const links: LinkDefinition[] = [
      { [Modules.ORDER]: { order_id: order.id }, [Modules.CART]: { cart_id: cart.id } },
      { [Modules.ORDER]: { order_id: order.id }, [Modules.PAYMENT]: { payment_collection_id: cart.payment_collection.id } },
    ]
    const reservations = order.items.flatMap((item) => {
      const variant = item.variant_id ? variants.get(item.variant_id) : undefined
      if (!variant || !cart.sales_channel_id) return []
      return inventoryNeeds(variant, cart.sales_channel_id, MathBN.convert(item.quantity).toNumber()).map((need) => ({
        line_item_id: item.id,
        inventory_item_id: need.inventory_item_id,
        quantity: MathBN.mult(need.required_quantity, need.quantity),
        allow_backorder: need.allow_backorder,
        location_id: need.location_ids[0],
      }))
    })
    const inventoryKeys = [...new Set(reservations.map((r) => r.inventory_item_id))]
    let created: ReservationItemDTO[] = []
    // Independent of each other, as in Medusa's workflow: run together, undo whichever succeeded.
    const steps = await Promise.allSettled([
      link.create(links).then(() => undo.push(() => link.dismiss(links))),
      carts
        .updateCarts(cart.id, { completed_at: new Date() }, context)
        .then(() => undo.push(() => carts.updateCarts(cart.id, { completed_at: null }, context))),
      (reservations.length
        ? locking.execute(inventoryKeys, () => inventory.createReservationItems(reservations, context))
        : Promise.resolve([])
      ).then((items) => {
        created = items
        undo.push(async () => {
          if (items.length) {
            await locking.execute(inventoryKeys, () => inventory.deleteReservationItems(items.map((r) => r.id), context))
          }
        })
      }),
    ])
    const failed = steps.find((step): step is PromiseRejectedResult => step.status === "rejected")
    if (failed) throw failed.reason

    const payment = await authorize(payments, knex, logger, sessions[0].id, context)
    if (payment) undo.push(() => payments.cancelPayment(payment.id, context))

    const captures = payment?.captures ?? []
    if (captures.length) {
      await orders.addOrderTransactions(
        captures.map((capture) => ({
          order_id: order.id,
          amount: capture.raw_amount ?? capture.amount,
          currency_code: payment?.currency_code ?? cart.currency_code,
          reference: "capture",
          reference_id: capture.id,
        })),
        context
      )
    }

    const events: { name: string; data: Record<string, string>; metadata: { eventGroupId?: string } }[] = [
      { name: OrderWorkflowEvents.PLACED, data: { id: order.id }, metadata: { eventGroupId: context.eventGroupId } },
      ...created.map((reservation) => ({
        name: ReservationItemWorkflowEvents.CREATED,
        data: { id: reservation.id, order_id: order.id },
        metadata: { eventGroupId: context.eventGroupId },
      })),
    ]
    await eventBus.emit(events)
    await eventBus.releaseGroupedEvents(context.eventGroupId ?? "")
    return order.id
  } catch (error) {
    for (const step of undo.reverse()) {
      try {
        await step()
      } catch (undoError) {
        logger.error(`Undoing a failed completion of cart ${cart.id}: ${String(undoError)}`)
      }
    }
    await eventBus.clearGroupedEvents(context.eventGroupId ?? "")
    throw error
  }
}

/**
 * Medusa's authorize-payment-session step: the provider's own error
 * (a decline with its reason) goes to the shopper; otherwise the session's
 * resulting status decides (pending authorization is accepted, more
 * information or no payment is a payment error).
 */
async function authorize(
  payments: IPaymentModuleService,
  knex: Knex,
  logger: Logger,
  sessionId: string,
  context: Context
): Promise<PaymentDTO | null> {
  let payment: PaymentDTO | null = null
  try {
    payment = await payments.authorizePaymentSession(sessionId, {}, context)
  } catch (error) {
    logger.error(`Error was thrown trying to authorize payment session - ${sessionId} - ${String(error)}`)
    if (MedusaError.isMedusaError(error)) throw error
  }
  if (payment) {
    // A payment comes back only once the session is authorized (the module
    // sets that status in the same call, or it was so already): only its
    // captures are left to read, for an automatic capture's order transaction.
    const captures = await select<CaptureDTO>(
      knex,
      `select id, amount, raw_amount from capture where payment_id = ? and deleted_at is null order by created_at`,
      [payment.id]
    )
    return { ...payment, captures }
  }
  const session = await payments.retrievePaymentSession(sessionId, {}, context)
  if (session.status === PaymentSessionStatus.PENDING_AUTHORIZATION) return null
  if (session.status === PaymentSessionStatus.REQUIRES_MORE) {
    throw new MedusaError(MedusaError.Types.PAYMENT_REQUIRES_MORE_ERROR, "More information is required for payment")
  }
  throw new MedusaError(MedusaError.Types.PAYMENT_AUTHORIZATION_ERROR, "Payment authorization failed")
}
