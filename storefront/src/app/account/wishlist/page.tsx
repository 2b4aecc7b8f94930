import type { Metadata } from "next"
import { getProduct } from "@/lib/data/products"
import { requireProfile } from "@/lib/data/session"
import { getWishlist } from "@/lib/data/wishlist"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { WishlistTemplate } from "@/modules/engagement/templates/wishlist-template"

export const metadata: Metadata = { title: "Your wishlist" }

export default async function WishlistPage() {
  await requireProfile("/account/wishlist")
  const items = await getWishlist()
  // Image and price as the catalogue shows them (cached listing reads, one per saved product).
  const products = await Promise.all(items.map((item) => (item.product ? getProduct(item.product.id).catch(() => null) : null)))
  return (
    <AccountLayout current="/account/wishlist">
      <WishlistTemplate items={items} products={products} />
    </AccountLayout>
  )
}
