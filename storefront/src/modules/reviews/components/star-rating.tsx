/** Stars for a rating (0–5, to the nearest half: 4.50 shows 4½), with the number for screen readers. */
export function StarRating({ rating, testId }: { rating: number; testId?: string }) {
  const halves = Math.max(0, Math.min(10, Math.round(rating * 2)))
  const full = Math.floor(halves / 2)
  const half = halves % 2
  return (
    <span className="stars" role="img" aria-label={`${rating.toFixed(1)} out of 5 stars`} data-testid={testId} data-rating={rating}>
      <span aria-hidden="true">{"★".repeat(full)}</span>
      {half ? (
        <span aria-hidden="true" className="stars__half">
          ★
        </span>
      ) : null}
      <span aria-hidden="true" className="stars__empty">
        {"★".repeat(5 - full - half)}
      </span>
    </span>
  )
}
