/** Stars for a rating (0–5, halves rounded), with the number for screen readers. */
export function StarRating({ rating, testId }: { rating: number; testId?: string }) {
  const full = Math.max(0, Math.min(5, Math.round(rating)))
  return (
    <span className="stars" role="img" aria-label={`${rating.toFixed(1)} out of 5 stars`} data-testid={testId} data-rating={rating}>
      <span aria-hidden="true">{"★".repeat(full)}</span>
      <span aria-hidden="true" className="stars__empty">
        {"★".repeat(5 - full)}
      </span>
    </span>
  )
}
