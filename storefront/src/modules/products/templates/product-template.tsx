import Link from "next/link"
import type { CatalogueProduct } from "@/lib/data/products"
import { Price } from "@/modules/common/components/price"
import { AddToCart } from "@/modules/products/components/add-to-cart"
import { ProductImage } from "@/modules/products/components/product-image"
import { StockBadge } from "@/modules/products/components/stock-badge"
import { WishlistButton } from "@/modules/engagement/components/wishlist-button"

export function ProductTemplate({ product, variantId }: { product: CatalogueProduct; variantId: string | null }) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link prefetch={false} href="/products">Shop</Link>
          </li>
          {product.brand ? (
            <li>
              <Link prefetch={false} href={`/products?brand=${encodeURIComponent(product.brand)}`}>{product.brand}</Link>
            </li>
          ) : null}
          <li aria-current="page">{product.name}</li>
        </ol>
      </nav>
      <article className="product-page" data-testid="product-page" data-product-id={product.id}>
        <div className="product-page__image">
          <ProductImage
            src={product.image}
            alt={product.name}
            sizes="(max-width: 760px) 100vw, 600px"
            preload
            testId="product-image"
          />
        </div>
        <div className="stack">
          {product.brand ? (
            <p className="product-page__brand" data-testid="product-brand">
              {product.brand}
            </p>
          ) : null}
          <div className="product-page__title-row">
            <h1 data-testid="product-title">{product.name}</h1>
            <WishlistButton productId={product.id} productName={product.name} testId="product-wishlist-button" />
          </div>
          <p>
            <Price
              amount={product.price}
              currencyCode={product.currency_code}
              className="product-page__price"
              testId="product-price"
            />{" "}
            <span className="muted" data-testid="product-price-note">incl. VAT, plus shipping</span>
          </p>
          <p>
            <StockBadge stock={product.stock} testId="product-stock" />
          </p>
          {product.description ? <p data-testid="product-description">{product.description}</p> : null}
          <AddToCart variantId={variantId} stock={product.stock} />
        </div>
      </article>
    </>
  )
}
