/** Site-wide search: a plain GET form to the product index, works without JavaScript. */
export function SearchForm({ defaultValue = "" }: { defaultValue?: string }) {
  return (
    <form role="search" action="/products" method="get" className="search-form">
      <label htmlFor="site-search" className="visually-hidden">
        Search products
      </label>
      <input
        id="site-search"
        type="search"
        name="q"
        placeholder="Search products, brands…"
        defaultValue={defaultValue}
        data-testid="search-input"
      />
      <button type="submit" className="button" data-testid="search-submit">
        Search
      </button>
    </form>
  )
}
