import Link from "next/link"
import { logout } from "@/lib/data/customer"

const LINKS = [
  { href: "/account", label: "Profile", testId: "account-nav-profile" },
  { href: "/account/orders", label: "Orders", testId: "account-nav-orders" },
  { href: "/account/support", label: "Support", testId: "account-nav-support" },
  { href: "/account/purchases", label: "Bought before", testId: "account-nav-purchases" },
  { href: "/account/wishlist", label: "Wishlist", testId: "account-nav-wishlist" },
  { href: "/account/privacy", label: "Your data", testId: "account-nav-privacy" },
]

export function AccountNav({ current }: { current: string }) {
  return (
    <nav aria-label="Account" className="account-nav">
      <ul>
        {LINKS.map((l) => (
          <li key={l.href}>
            <Link prefetch={false} href={l.href} aria-current={current === l.href ? "page" : undefined} data-testid={l.testId}>
              {l.label}
            </Link>
          </li>
        ))}
        <li>
          <form action={logout}>
            <button type="submit" data-testid="logout-button">
              Log out
            </button>
          </form>
        </li>
      </ul>
    </nav>
  )
}
