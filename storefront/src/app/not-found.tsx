import Link from "next/link"

export default function NotFound() {
  return (
    <section className="stack" data-testid="not-found">
      <h1>Page not found</h1>
      <p className="muted">The page you were looking for does not exist (any more).</p>
      <p>
        <Link prefetch={false} className="button" href="/products">
          Browse the shop
        </Link>
      </p>
    </section>
  )
}
