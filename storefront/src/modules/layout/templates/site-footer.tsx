import Link from "next/link"

export function SiteFooter() {
  return (
    <footer className="site-footer">
      <div className="container">
        <p>
          <strong>Medusa Shop</strong> — groceries from brands we like, delivered across Europe.
        </p>
        <p>
          <Link prefetch={false} href="/products">All products</Link> · <Link href="/account">Your account</Link> ·{" "}
          <Link prefetch={false} href="/cart">Cart</Link> ·{" "}
          <Link prefetch={false} href="/support/new" data-testid="footer-support">
            Contact support
          </Link> ·{" "}
          <Link prefetch={false} href="/privacy-settings" data-testid="footer-privacy">
            Privacy settings
          </Link>
        </p>
      </div>
    </footer>
  )
}
