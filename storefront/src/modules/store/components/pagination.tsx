import Link from "next/link"

/** Page links that keep the current search, brand and sort. */
export function Pagination({
  page,
  pages,
  params,
}: {
  page: number
  pages: number
  params: Record<string, string>
}) {
  if (pages <= 1) return null
  const href = (p: number) => {
    const search = new URLSearchParams({ ...params, ...(p > 1 ? { page: String(p) } : {}) })
    if (p <= 1) search.delete("page")
    const qs = search.toString()
    return qs ? `/products?${qs}` : "/products"
  }
  return (
    <nav aria-label="Pages" className="pagination" data-testid="pagination">
      {page > 1 ? (
        <Link prefetch={false} href={href(page - 1)} rel="prev" data-testid="pagination-prev">
          ← Previous
        </Link>
      ) : null}
      {Array.from({ length: pages }, (_, i) => i + 1).map((p) =>
        p === page ? (
          <span key={p} aria-current="page" data-testid="pagination-current">
            {p}
          </span>
        ) : (
          <Link key={p} prefetch={false} href={href(p)} aria-label={`Page ${p}`} data-testid="pagination-page">
            {p}
          </Link>
        )
      )}
      {page < pages ? (
        <Link prefetch={false} href={href(page + 1)} rel="next" data-testid="pagination-next">
          Next →
        </Link>
      ) : null}
    </nav>
  )
}
