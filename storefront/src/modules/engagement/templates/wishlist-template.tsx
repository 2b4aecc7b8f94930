import Link from "next/link"
import type { CatalogueProduct } from "@/lib/data/products"
import type { WishlistEntry } from "@/lib/data/wishlist"
import { Price } from "@/modules/common/components/price"
import { WishlistItemActions } from "@/modules/engagement/components/wishlist-item-actions"
import { ProductImage } from "@/modules/products/components/product-image"
import { StockBadge } from "@/modules/products/components/stock-badge"

/** Saved products as rows with picture, price and stock; `products[i]` is the catalogue's view of `items[i]`. */
export function WishlistTemplate({ items, products }: { items: WishlistEntry[]; products: (CatalogueProduct | null)[] }) {
  return (
    <section className="stack" data-testid="wishlist-page">
      <h1>Your wishlist</h1>
      {items.length === 0 ? (
        <p className="muted" data-testid="wishlist-empty">
          Nothing saved yet. Tap the heart on a product to keep it here.
        </p>
      ) : (
        <ul className="saved-list" data-testid="wishlist-items">
          {items.map((item, i) => {
            const listed = products[i]
            return (
              <li key={item.id} className="saved-list__item" data-testid="wishlist-item" data-product-id={item.product_id}>
                <div className="saved-list__image">
                  <ProductImage src={listed?.image ?? item.product?.thumbnail ?? null} alt="" sizes="96px" />
                </div>
                <div className="stack stack--tight">
                  {item.product ? (
                    <Link prefetch={false} href={`/products/${item.product.id}`} data-testid="wishlist-item-title">
                      {item.product.title}
                    </Link>
                  ) : (
                    <span className="muted">This product is no longer available.</span>
                  )}
                  {listed ? (
                    <span className="saved-list__meta">
                      <Price amount={listed.price} currencyCode={listed.currency_code} testId="wishlist-item-price" />
                      <StockBadge stock={listed.stock} />
                    </span>
                  ) : null}
                </div>
                <WishlistItemActions productId={item.product?.id ?? item.product_id} variants={item.product?.variants ?? []} />
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
