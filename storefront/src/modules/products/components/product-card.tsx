import Link from "next/link"
import type { CatalogueProduct } from "@/lib/data/products"
import { Price } from "@/modules/common/components/price"
import { ProductImage } from "@/modules/products/components/product-image"
import { StockBadge } from "@/modules/products/components/stock-badge"
import { StarRating } from "@/modules/reviews/components/star-rating"
import { WishlistButton } from "@/modules/engagement/components/wishlist-button"

export function ProductCard({ product, preload = false }: { product: CatalogueProduct; preload?: boolean }) {
  return (
    <article className="product-card" data-testid="product-card" data-product-id={product.id} data-handle={product.handle}>
      <div className="product-card__image">
        <ProductImage
          src={product.image}
          alt=""
          sizes="(max-width: 600px) 50vw, (max-width: 900px) 33vw, 290px"
          preload={preload}
        />
      </div>
      {product.brand ? <span className="muted">{product.brand}</span> : null}
      <Link href={`/products/${product.id}`} prefetch={false} className="product-card__title" data-testid="product-card-link">
        {product.name}
      </Link>
      {product.rating && product.rating_count ? (
        <span className="product-card__rating" data-testid="product-card-rating">
          <StarRating rating={product.rating} />{" "}
          <span className="muted" data-testid="product-card-rating-count">
            ({product.rating_count})
          </span>
        </span>
      ) : null}
      <div className="product-card__meta">
        <span>
          <Price amount={product.price} currencyCode={product.currency_code} testId="product-card-price" />{" "}
          <span className="muted" data-testid="product-card-price-note">incl. VAT</span>
        </span>
        <StockBadge stock={product.stock} />
        <WishlistButton productId={product.id} productName={product.name} testId="product-card-wishlist" />
      </div>
    </article>
  )
}
