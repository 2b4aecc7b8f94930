import { getWishlistProductIds } from "@/lib/data/wishlist"
import { WishlistButtonForm } from "@/modules/engagement/components/wishlist-button-form"

/** The heart for a product card or page, knowing whether the shopper saved it already. */
export async function WishlistButton({
  productId,
  productName,
  testId = "wishlist-button",
}: {
  productId: string
  productName: string
  testId?: string
}) {
  const saved = (await getWishlistProductIds()).has(productId)
  return (
    <WishlistButtonForm
      productId={productId}
      productName={productName}
      saved={saved}
      returnTo={`/products/${productId}`}
      testId={testId}
    />
  )
}
