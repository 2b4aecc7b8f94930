import Link from "next/link"
import { AccountLink } from "@/modules/layout/components/account-link"
import { CartLink } from "@/modules/layout/components/cart-link"
import { SearchForm } from "@/modules/layout/components/search-form"

export function SiteHeader() {
  return (
    <header className="site-header">
      <div className="container site-header__bar">
        <Link prefetch={false} href="/" className="site-header__logo" data-testid="nav-home">
          Medusa<span>Shop</span>
        </Link>
        <SearchForm />
        <nav aria-label="Main" className="site-header__nav">
          <Link prefetch={false} href="/products" data-testid="nav-products">
            Shop
          </Link>
          <AccountLink />
          <CartLink />
        </nav>
      </div>
    </header>
  )
}
