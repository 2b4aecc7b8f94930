import type { OrderTracking, TrackingEvent } from "@/lib/data/orders"
import { Price } from "@/modules/common/components/price"

const when = new Intl.DateTimeFormat("en-IE", { dateStyle: "medium", timeStyle: "short" })

function title(event: TrackingEvent): string {
  switch (event.type) {
    case "placed":
      return "Order placed"
    case "payment_authorized":
      return "Payment authorised"
    case "payment_captured":
      return "Payment received"
    case "shipped":
      return event.carrier ? `Shipped with ${event.carrier.name}` : "Shipped"
    case "delivered":
      return "Delivered"
    case "canceled":
      return "Order canceled"
    case "refunded":
      return "Refunded"
  }
}

function amountOf(event: TrackingEvent): number | null {
  if (!("amount" in event)) return null
  const n = Number(event.amount)
  return Number.isFinite(n) ? n : null
}

/** The order's story so far: each step with its time, parcels with their tracking links. */
export function OrderTimeline({ tracking, currencyCode }: { tracking: OrderTracking; currencyCode: string }) {
  return (
    <section className="card stack" aria-labelledby="timeline-title" data-testid="order-timeline">
      <h2 id="timeline-title">Tracking</h2>
      <ol className="timeline">
        {tracking.events.map((event, i) => {
          const amount = amountOf(event)
          return (
            <li key={`${event.type}-${i}`} className="timeline__step" data-testid="timeline-step" data-type={event.type}>
              <strong>{title(event)}</strong>
              {amount !== null ? (
                <>
                  {" "}
                  <Price amount={amount} currencyCode={currencyCode} className="muted" />
                </>
              ) : null}
              <span className="muted"> · {when.format(new Date(event.at))}</span>
              {event.type === "shipped" && event.parcels.length > 0 ? (
                <ul className="timeline__parcels">
                  {event.parcels.map((parcel) => (
                    <li key={parcel.tracking_number}>
                      Tracking number <code data-testid="tracking-number">{parcel.tracking_number}</code>
                      {parcel.tracking_url ? (
                        <>
                          {" "}
                          <a href={parcel.tracking_url} target="_blank" rel="noopener noreferrer" data-testid="tracking-link">
                            Track parcel
                          </a>
                        </>
                      ) : null}
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
