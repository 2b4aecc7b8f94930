type Statuses = { status?: string | null; payment_status?: string | null; fulfillment_status?: string | null }

// Medusa's order, payment and fulfilment states in the shopper's words.
const ORDER: Record<string, string> = {
  pending: "Received",
  completed: "Completed",
  canceled: "Canceled",
  archived: "Archived",
  requires_action: "Needs your attention",
  draft: "Draft",
}
const PAYMENT: Record<string, string> = {
  not_paid: "not paid yet",
  awaiting: "payment pending",
  authorized: "payment approved",
  partially_authorized: "partly approved",
  captured: "paid",
  partially_captured: "partly paid",
  partially_refunded: "partly refunded",
  refunded: "refunded",
  canceled: "payment canceled",
  requires_action: "payment needs your attention",
}
const DELIVERY: Record<string, string> = {
  not_fulfilled: "not shipped yet",
  partially_fulfilled: "being packed",
  fulfilled: "packed, ready to ship",
  partially_shipped: "partly shipped",
  shipped: "shipped",
  partially_delivered: "partly delivered",
  delivered: "delivered",
  partially_returned: "partly returned",
  returned: "returned",
  canceled: "shipping canceled",
}

function say(words: Record<string, string>, value: string | null | undefined): string {
  if (!value) return ""
  return words[value] ?? value.replace(/_/g, " ")
}

/** The order's state as a shopper reads it: overall status, payment and delivery. */
export function OrderStatus({ order }: { order: Statuses }) {
  return (
    <span className="status" data-testid="order-status" data-status={order.status ?? ""}>
      {say(ORDER, order.status)}
      {order.payment_status ? <span className="muted"> · {say(PAYMENT, order.payment_status)}</span> : null}
      {order.fulfillment_status ? <span className="muted"> · {say(DELIVERY, order.fulfillment_status)}</span> : null}
    </span>
  )
}
