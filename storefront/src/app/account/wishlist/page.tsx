import type { Metadata } from "next"
import { requireProfile } from "@/lib/data/session"
import { getWishlist } from "@/lib/data/wishlist"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { WishlistTemplate } from "@/modules/engagement/templates/wishlist-template"

export const metadata: Metadata = { title: "Your wishlist" }

export default async function WishlistPage() {
  await requireProfile("/account/wishlist")
  const items = await getWishlist()
  return (
    <AccountLayout current="/account/wishlist">
      <WishlistTemplate items={items} />
    </AccountLayout>
  )
}
