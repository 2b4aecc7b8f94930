import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type OrderLine = {
  line_item_id: string
  product_id: string | null
  variant_id: string | null
  product_title: string | null
  variant_title: string | null
  thumbnail: string | null
  quantity: number
  returned_quantity: number
}

export type LoadedOrder = {
  id: string
  customer_id: string | null
  created_at: Date
  canceled_at: Date | null
  lines: OrderLine[]
}

type OrderRecord = {
  id: string
  customer_id: string | null
  created_at: string | Date
  canceled_at: string | Date | null
  status: string
  items: {
    id: string
    product_id: string | null
    variant_id: string | null
    product_title: string | null
    variant_title: string | null
    thumbnail: string | null
    quantity: unknown
    detail?: { quantity?: unknown; return_received_quantity?: unknown } | null
  }[]
}

/** The order with its lines as the purchase history keeps them; null when it does not exist. */
export const loadOrderLinesStep = createStep(
  "engagement-load-order-lines",
  async (input: { order_id: string }, { container }) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const { data } = await query.graph({
      entity: "order",
      fields: [
        "id",
        "customer_id",
        "created_at",
        "canceled_at",
        "status",
        "items.id",
        "items.product_id",
        "items.variant_id",
        "items.product_title",
        "items.variant_title",
        "items.thumbnail",
        "items.quantity",
        "items.detail.quantity",
        "items.detail.return_received_quantity",
      ],
      filters: { id: input.order_id },
    })
    const order = data[0] as OrderRecord | undefined
    if (!order) return new StepResponse<LoadedOrder | null>(null)
    return new StepResponse<LoadedOrder | null>({
      id: order.id,
      customer_id: order.customer_id ?? null,
      created_at: new Date(order.created_at),
      canceled_at: order.canceled_at ? new Date(order.canceled_at) : order.status === "canceled" ? new Date() : null,
      lines: (order.items ?? []).map((item) => ({
        line_item_id: item.id,
        product_id: item.product_id ?? null,
        variant_id: item.variant_id ?? null,
        product_title: item.product_title ?? null,
        variant_title: item.variant_title ?? null,
        thumbnail: item.thumbnail ?? null,
        // (asking for the detail relation leaves the item's own quantity out of the answer)
        quantity: Number(item.detail?.quantity ?? item.quantity ?? 0),
        returned_quantity: Number(item.detail?.return_received_quantity ?? 0),
      })),
    })
  }
)
