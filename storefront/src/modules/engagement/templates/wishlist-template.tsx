import Link from "next/link"
import type { WishlistEntry } from "@/lib/data/wishlist"
import { WishlistItemActions } from "@/modules/engagement/components/wishlist-item-actions"

export function WishlistTemplate({ items }: { items: WishlistEntry[] }) {
  return (
    <section className="stack" data-testid="wishlist-page">
      <h1>Your wishlist</h1>
      {items.length === 0 ? (
        <p className="muted" data-testid="wishlist-empty">
          Nothing saved yet. Tap the heart on a product to keep it here.
        </p>
      ) : (
        <ul className="entry-list" data-testid="wishlist-items">
          {items.map((item) => (
            <li key={item.id} className="entry-list__row" data-testid="wishlist-item" data-product-id={item.product_id}>
              {item.product ? (
                <>
                  <Link prefetch={false} href={`/products/${item.product.id}`} data-testid="wishlist-item-title">
                    {item.product.title}
                  </Link>
                  <WishlistItemActions productId={item.product.id} variants={item.product.variants} />
                </>
              ) : (
                <>
                  <span className="muted">This product is no longer available.</span>
                  <WishlistItemActions productId={item.product_id} variants={[]} />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
