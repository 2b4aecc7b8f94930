import Link from "next/link"

export function BrandList({ brands }: { brands: { name: string; count: number }[] }) {
  if (!brands.length) return null
  return (
    <section className="rail" aria-labelledby="brands-title" data-testid="brand-list">
      <h2 id="brands-title">Our brands</h2>
      <ul className="brand-list">
        {brands.map((b) => (
          <li key={b.name}>
            <Link href={`/products?brand=${encodeURIComponent(b.name)}`} prefetch={false} data-testid="brand-link">
              {b.name}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  )
}
