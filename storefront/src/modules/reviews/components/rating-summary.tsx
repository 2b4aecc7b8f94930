import type { ReviewAggregate } from "@/lib/data/reviews"
import { StarRating } from "@/modules/reviews/components/star-rating"

/** The product's average, count and a bar per star (approved reviews only). */
export function RatingSummary({ aggregate }: { aggregate: ReviewAggregate }) {
  if (aggregate.count === 0 || aggregate.average === null) {
    return (
      <p className="muted" data-testid="rating-summary-empty">
        No reviews yet. Bought it? Be the first to rate it.
      </p>
    )
  }
  return (
    <div className="rating-summary" data-testid="rating-summary">
      <p>
        <StarRating rating={aggregate.average} />{" "}
        <strong data-testid="rating-average">{aggregate.average.toFixed(2)}</strong> out of 5 ·{" "}
        <span data-testid="rating-count">
          {aggregate.count} review{aggregate.count === 1 ? "" : "s"}
        </span>
      </p>
      <ul className="rating-histogram" data-testid="rating-histogram">
        {(["5", "4", "3", "2", "1"] as const).map((star) => {
          const n = aggregate.histogram[star] ?? 0
          const share = Math.round((n * 100) / aggregate.count)
          return (
            <li key={star} data-testid={`rating-histogram-${star}`} data-count={n}>
              <span>{star} ★</span>
              <span className="rating-histogram__bar" aria-hidden="true">
                <span style={{ width: `${share}%` }} />
              </span>
              <span className="muted">{n}</span>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
