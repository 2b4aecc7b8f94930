import Link from "next/link"
import { retrieveCart } from "@/lib/data/cart"

export async function CartLink() {
  const cart = await retrieveCart().catch(() => null)
  const count = (cart?.items ?? []).reduce((n, item) => n + item.quantity, 0)
  return (
    <Link prefetch={false} href="/cart" data-testid="nav-cart" aria-label={`Cart, ${count} item${count === 1 ? "" : "s"}`}>
      Cart
      <span className="cart-link__count" data-testid="cart-count" aria-hidden="true">
        {count}
      </span>
    </Link>
  )
}
