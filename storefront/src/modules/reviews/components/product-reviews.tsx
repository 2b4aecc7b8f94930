import Link from "next/link"
import type { OwnReview, ProductReviews as ProductReviewsData, ReviewSort } from "@/lib/data/reviews"
import { REVIEW_PAGE_SIZE } from "@/lib/util/reviews"
import { HelpfulButton } from "@/modules/reviews/components/helpful-button"
import { RatingSummary } from "@/modules/reviews/components/rating-summary"
import { ReviewForm } from "@/modules/reviews/components/review-form"
import { StarRating } from "@/modules/reviews/components/star-rating"

const SORTS: { value: ReviewSort; label: string }[] = [
  { value: "newest", label: "Newest" },
  { value: "highest", label: "Highest rated" },
  { value: "lowest", label: "Lowest rated" },
  { value: "helpful", label: "Most helpful" },
]

const date = new Intl.DateTimeFormat("en-IE", { dateStyle: "medium" })

/**
 * The product page's reviews: rating summary, sortable list with helpful
 * votes and merchant replies, and the review form for logged-in shoppers.
 * Every text is rendered as text (React escapes it); links are ours only.
 */
export function ProductReviews(props: {
  productId: string
  data: ProductReviewsData
  myReview: OwnReview | null
  loggedIn: boolean
}) {
  const { productId, data } = props
  const pageHref = (sort: ReviewSort, offset: number) =>
    `/products/${encodeURIComponent(productId)}?${new URLSearchParams({ sort, offset: String(offset) }).toString()}#reviews`
  return (
    <section id="reviews" className="stack product-reviews" data-testid="product-reviews" aria-labelledby="reviews-heading">
      <h2 id="reviews-heading">Reviews</h2>
      <RatingSummary aggregate={data.aggregate} />
      {data.count > 0 ? (
        <nav aria-label="Sort reviews" className="review-sort" data-testid="review-sort">
          {SORTS.map((s) =>
            s.value === data.sort ? (
              <strong key={s.value} aria-current="true">
                {s.label}
              </strong>
            ) : (
              <Link key={s.value} prefetch={false} href={pageHref(s.value, 0)} data-testid={`review-sort-${s.value}`}>
                {s.label}
              </Link>
            )
          )}
        </nav>
      ) : null}
      <ol className="review-list" data-testid="review-list">
        {data.reviews.map((review) => (
          <li key={review.id} className="review" data-testid="review" data-review-id={review.id}>
            <p>
              <StarRating rating={review.rating} testId="review-stars" /> <strong data-testid="review-title-text">{review.title}</strong>
            </p>
            <p className="muted">
              {review.author_name}
              {review.verified_purchase ? (
                <span className="badge" data-testid="review-verified">
                  {" "}
                  Verified purchase
                </span>
              ) : null}{" "}
              · {date.format(new Date(review.created_at))}
            </p>
            {review.body ? (
              <p className="review__body" data-testid="review-body-text">
                {review.body}
              </p>
            ) : null}
            {review.reply ? (
              <blockquote className="review__reply" data-testid="review-reply">
                <strong>Reply from the shop:</strong> <span className="review__body">{review.reply}</span>
              </blockquote>
            ) : null}
            <HelpfulButton
              reviewId={review.id}
              productId={productId}
              count={review.helpful_count}
              voted={review.voted_helpful === true}
              loggedIn={props.loggedIn}
              own={props.myReview?.id === review.id}
            />
          </li>
        ))}
      </ol>
      {data.count > REVIEW_PAGE_SIZE ? (
        <nav aria-label="Review pages" className="review-sort">
          {data.offset > 0 ? (
            <Link prefetch={false} href={pageHref(data.sort, Math.max(0, data.offset - REVIEW_PAGE_SIZE))}>
              Previous
            </Link>
          ) : null}
          <span className="muted">
            {data.offset + 1}–{data.offset + data.reviews.length} of {data.count}
          </span>
          {data.offset + REVIEW_PAGE_SIZE < data.count ? (
            <Link prefetch={false} href={pageHref(data.sort, data.offset + REVIEW_PAGE_SIZE)} data-testid="review-next">
              Next
            </Link>
          ) : null}
        </nav>
      ) : null}
      <div id="write-review">
        {props.loggedIn ? (
          <ReviewForm productId={productId} existing={props.myReview} />
        ) : (
          <p data-testid="review-login">
            <Link prefetch={false} href={`/account/login?next=${encodeURIComponent(`/products/${productId}#write-review`)}`}>
              Log in
            </Link>{" "}
            to write a review.
          </p>
        )}
      </div>
    </section>
  )
}
