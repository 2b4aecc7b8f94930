type Statuses = { status?: string | null; payment_status?: string | null; fulfillment_status?: string | null }

const label = (value: string | null | undefined) => (value ?? "").replace(/_/g, " ")

/** The order's state as a shopper reads it: overall status, payment and delivery. */
export function OrderStatus({ order }: { order: Statuses }) {
  return (
    <span className="status" data-testid="order-status" data-status={order.status ?? ""}>
      {label(order.status)}
      {order.payment_status ? <span className="muted"> · payment {label(order.payment_status)}</span> : null}
      {order.fulfillment_status ? <span className="muted"> · {label(order.fulfillment_status)}</span> : null}
    </span>
  )
}
