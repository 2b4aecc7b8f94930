import Link from "next/link"
import { retrieveCart } from "@/lib/data/cart"

export async function CartLink() {
  const cart = await retrieveCart().catch(() => null)
  const count = (cart?.items ?? []).reduce((n, item) => n + item.quantity, 0)
  // The accessible name is the visible text ("Cart 2") plus words only a screen reader needs.
  return (
    <Link prefetch={false} href="/cart" data-testid="nav-cart">
      Cart{" "}
      <span className="cart-link__count" data-testid="cart-count">
        {count}
      </span>
      <span className="visually-hidden"> item{count === 1 ? "" : "s"}</span>
    </Link>
  )
}
