import Link from "next/link"
import type { Purchase } from "@/lib/data/purchases"
import { BuyAgainButton } from "@/modules/engagement/components/buy-again-button"

function day(value: string): string {
  return new Date(value).toLocaleDateString("en-GB", { year: "numeric", month: "short", day: "numeric" })
}

/** " (500 g)" after the product, unless the variant says nothing more than the product's name. */
function variantNote(product: string | null, variant: string | null): string {
  if (!variant || variant === "Default" || variant === "Default variant" || variant === product) return ""
  return ` (${variant})`
}

export function PurchasesTemplate({ purchases }: { purchases: Purchase[] }) {
  return (
    <section className="stack" data-testid="purchases-page">
      <h1>Bought before</h1>
      {purchases.length === 0 ? (
        <p className="muted" data-testid="purchases-empty">
          Your purchases will show here after your first order.
        </p>
      ) : (
        <ul className="entry-list" data-testid="purchases">
          {purchases.map((p) => (
            <li key={p.id} className="entry-list__row" data-testid="purchase" data-product-id={p.product_id ?? ""}>
              <div className="stack stack--tight">
                <span data-testid="purchase-title">
                  {p.quantity} × {p.product_title ?? "A product no longer sold"}
                  {variantNote(p.product_title, p.variant_title)}
                </span>
                <span className="muted">
                  {day(p.purchased_at)} ·{" "}
                  <Link prefetch={false} href={`/account/orders/details/${p.order_id}`}>
                    Order #{p.order_display_id ?? "—"}
                  </Link>
                  {p.canceled_at ? " · canceled" : ""}
                  {p.returned_quantity > 0 ? ` · ${p.returned_quantity} returned` : ""}
                </span>
              </div>
              {p.buy_again ? <BuyAgainButton variantId={p.buy_again.variant_id} testId="buy-again" /> : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
