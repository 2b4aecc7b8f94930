import type { Context } from "@medusajs/framework/types"
import {
  generateEntityId,
  InjectManager,
  InjectTransactionManager,
  MedusaContext,
  MedusaError,
  MedusaService,
} from "@medusajs/framework/utils"
import { resolveReviewsOptions } from "../../lib/options"
import type { ReviewsOptions, ResolvedReviewsOptions } from "../../lib/options"
import { Review } from "./models/review"
import type { ReviewStatus } from "./models/review"
import { ReviewAggregate } from "./models/review-aggregate"
import { ReviewHelpfulVote } from "./models/review-helpful-vote"
import { ReviewRequest } from "./models/review-request"

/** What of a review decides its share of the product's aggregate (and all a compensation needs to put back). */
export type ReviewState = {
  id: string
  product_id: string
  customer_id: string | null
  author_name: string | null
  rating: number
  title: string
  body: string
  status: ReviewStatus
  verified_purchase: boolean
  deleted: boolean
}

export type SaveReviewInput = {
  customer_id: string
  product_id: string
  author_name: string | null
  rating: number
  title: string
  body: string
  verified_purchase: boolean
}

/** `previous` is null when the review was created. */
export type ReviewChange = { review_id: string; product_id: string; previous: ReviewState | null; current: ReviewState | null }

export type AggregateView = {
  product_id: string
  average: number | null
  count: number
  histogram: Record<"1" | "2" | "3" | "4" | "5", number>
}

type Sql = { execute: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]> }

const STATE_COLUMNS = `id, product_id, customer_id, author_name, rating, title, body, status, verified_purchase, deleted_at`

function toState(row: Record<string, unknown>): ReviewState {
  return {
    id: String(row.id),
    product_id: String(row.product_id),
    customer_id: row.customer_id === null ? null : String(row.customer_id),
    author_name: row.author_name === null ? null : String(row.author_name),
    rating: Number(row.rating),
    title: String(row.title),
    body: String(row.body),
    status: row.status as ReviewStatus,
    verified_purchase: Boolean(row.verified_purchase),
    deleted: row.deleted_at !== null,
  }
}

/** The rating a review adds to its product's aggregate: only a live, approved review counts. */
function counted(state: ReviewState | null): number | null {
  return state && !state.deleted && state.status === "approved" ? state.rating : null
}

type AggregateCounts = Partial<Record<"rating_count" | "rating_sum" | "count_1" | "count_2" | "count_3" | "count_4" | "count_5", unknown>>

export function toAggregateView(productId: string, row: AggregateCounts | undefined | null): AggregateView {
  const n = (key: keyof AggregateCounts) => Number(row?.[key] ?? 0)
  const count = n("rating_count")
  return {
    product_id: productId,
    // Integer arithmetic, then 2 decimals: 13 / 3 → 4.33.
    average: count > 0 ? Math.round((n("rating_sum") * 100) / count) / 100 : null,
    count,
    histogram: { "1": n("count_1"), "2": n("count_2"), "3": n("count_3"), "4": n("count_4"), "5": n("count_5") },
  }
}

/**
 * Reviews, helpful votes, per-product aggregates and review-request records.
 * Every write that can change what a review contributes (create, edit,
 * moderation, delete, restore) goes through `applyReviewState_`, which locks
 * the review row and moves the product's aggregate by the difference in the
 * same transaction: the aggregate is never recomputed by scanning reviews.
 */
class ReviewsModuleService extends MedusaService({ Review, ReviewHelpfulVote, ReviewAggregate, ReviewRequest }) {
  readonly options_: ResolvedReviewsOptions

  constructor(container: Record<string, unknown>, options?: ReviewsOptions) {
    // MedusaService's constructor takes the container and the module options as given.
    super(container, options)
    this.options_ = resolveReviewsOptions(options)
  }

  getOptions(): ResolvedReviewsOptions {
    return this.options_
  }

  /** The status a new or edited review starts in: pending, or approved at/above the auto-approve threshold. */
  initialStatus(rating: number): ReviewStatus {
    const threshold = this.options_.autoApproveMinRating
    return threshold !== null && rating >= threshold ? "approved" : "pending"
  }

  /**
   * Creates the customer's review of the product, or — when they already have
   * one — edits it (a second "create" is an edit). Either way the review goes
   * (back) to its initial status.
   */
  @InjectManager()
  async saveReview(input: SaveReviewInput, @MedusaContext() sharedContext: Context = {}): Promise<ReviewChange> {
    return await this.saveReview_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async saveReview_(input: SaveReviewInput, @MedusaContext() sharedContext: Context = {}): Promise<ReviewChange> {
    const sql = this.sql(sharedContext)
    const rows = await sql.execute(
      `select ${STATE_COLUMNS} from review where customer_id = ? and product_id = ? and deleted_at is null for update`,
      [input.customer_id, input.product_id]
    )
    const status = this.initialStatus(input.rating)
    if (rows[0]) {
      const previous = toState(rows[0])
      return await this.applyReviewState_(previous, { ...previous, ...input, status, deleted: false }, sharedContext)
    }
    const created = await this.createReviews(
      { ...input, status, helpful_count: 0 },
      sharedContext
    )
    const current: ReviewState = { ...input, id: created.id, status, deleted: false }
    await this.moveAggregate(sql, input.product_id, null, counted(current))
    return { review_id: created.id, product_id: input.product_id, previous: null, current }
  }

  /** Sets the status of reviews (moderation); returns one change per review that changed. */
  @InjectManager()
  async setReviewStatus(ids: string[], status: ReviewStatus, @MedusaContext() sharedContext: Context = {}): Promise<ReviewChange[]> {
    return await this.setReviewStatus_(ids, status, sharedContext)
  }

  @InjectTransactionManager()
  protected async setReviewStatus_(ids: string[], status: ReviewStatus, @MedusaContext() sharedContext: Context = {}): Promise<ReviewChange[]> {
    const sql = this.sql(sharedContext)
    // One lock order for every bulk change, so two moderators never deadlock.
    const rows = await sql.execute(
      `select ${STATE_COLUMNS} from review
        where id in (select jsonb_array_elements_text(?::jsonb)) and deleted_at is null order by id for update`,
      [JSON.stringify(ids)]
    )
    if (rows.length !== new Set(ids).size) {
      const found = new Set(rows.map((r) => String(r.id)))
      const missing = ids.filter((id) => !found.has(id))
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review(s) not found: ${missing.join(", ")}`)
    }
    const changes: ReviewChange[] = []
    for (const row of rows) {
      const previous = toState(row)
      if (previous.status === status) continue
      changes.push(await this.applyReviewState_(previous, { ...previous, status }, sharedContext))
    }
    return changes
  }

  /** Soft-deletes a review (its author's delete); the aggregate loses it if it counted. */
  @InjectManager()
  async removeReview(id: string, @MedusaContext() sharedContext: Context = {}): Promise<ReviewChange> {
    return await this.removeReview_(id, sharedContext)
  }

  @InjectTransactionManager()
  protected async removeReview_(id: string, @MedusaContext() sharedContext: Context = {}): Promise<ReviewChange> {
    const previous = await this.lockReview(this.sql(sharedContext), id)
    if (!previous || previous.deleted) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `Review with id: ${id} was not found`)
    }
    return await this.applyReviewState_(previous, { ...previous, deleted: true }, sharedContext)
  }

  /**
   * Puts a review back into a recorded state (compensations), or removes a
   * review that did not exist before (`state` null with `id`).
   */
  @InjectManager()
  async restoreReviewState(change: ReviewChange, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.restoreReviewState_(change, sharedContext)
  }

  @InjectTransactionManager()
  protected async restoreReviewState_(change: ReviewChange, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const sql = this.sql(sharedContext)
    const now = await this.lockReview(sql, change.review_id)
    if (!now) return
    if (change.previous === null) {
      // It was created by the step being undone: drop it for good.
      await this.moveAggregate(sql, now.product_id, counted(now), null)
      await sql.execute(`delete from review where id = ?`, [now.id])
      return
    }
    await this.applyReviewState_(now, change.previous, sharedContext)
  }

  /** Writes `next` over the locked review `previous` and moves the aggregate by the difference. */
  protected async applyReviewState_(previous: ReviewState, next: ReviewState, sharedContext: Context): Promise<ReviewChange> {
    const sql = this.sql(sharedContext)
    await sql.execute(
      `update review set customer_id = ?, author_name = ?, rating = ?, title = ?, body = ?, status = ?,
              verified_purchase = ?, deleted_at = case when ? then coalesce(deleted_at, now()) else null end, updated_at = now()
        where id = ?`,
      [
        next.customer_id,
        next.author_name,
        next.rating,
        next.title,
        next.body,
        next.status,
        next.verified_purchase,
        next.deleted,
        previous.id,
      ]
    )
    await this.moveAggregate(sql, previous.product_id, counted(previous), counted(next))
    return { review_id: previous.id, product_id: previous.product_id, previous, current: next }
  }

  /** Records one helpful vote and counts it; false when this customer already voted for the review. */
  @InjectManager()
  async addHelpfulVote(reviewId: string, customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    return await this.addHelpfulVote_(reviewId, customerId, sharedContext)
  }

  @InjectTransactionManager()
  protected async addHelpfulVote_(reviewId: string, customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<boolean> {
    const sql = this.sql(sharedContext)
    const inserted = await sql.execute(
      `insert into review_helpful_vote (id, review_id, customer_id)
       select ?, ?, ? where exists (select 1 from review where id = ? and deleted_at is null)
       on conflict (review_id, customer_id) where customer_id is not null do nothing
       returning id`,
      [newId("revvote"), reviewId, customerId, reviewId]
    )
    if (inserted.length === 0) return false
    await sql.execute(`update review set helpful_count = helpful_count + 1 where id = ?`, [reviewId])
    return true
  }

  /** Takes a helpful vote back (the compensation of addHelpfulVote). */
  @InjectManager()
  async removeHelpfulVote(reviewId: string, customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    await this.removeHelpfulVote_(reviewId, customerId, sharedContext)
  }

  @InjectTransactionManager()
  protected async removeHelpfulVote_(reviewId: string, customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<void> {
    const sql = this.sql(sharedContext)
    const deleted = await sql.execute(`delete from review_helpful_vote where review_id = ? and customer_id = ? returning id`, [
      reviewId,
      customerId,
    ])
    if (deleted.length) {
      await sql.execute(`update review set helpful_count = greatest(helpful_count - 1, 0) where id = ?`, [reviewId])
    }
  }

  /** The products' aggregates (a product without approved reviews has count 0). */
  async retrieveAggregates(productIds: string[]): Promise<Map<string, AggregateView>> {
    const rows = productIds.length
      ? await this.listReviewAggregates({ product_id: productIds }, { take: null })
      : []
    const byProduct = new Map<string, AggregateCounts>(rows.map((r) => [r.product_id, r]))
    return new Map(productIds.map((id) => [id, toAggregateView(id, byProduct.get(id))]))
  }

  /**
   * Anonymises a customer's reviews and votes (account erasure): the text and
   * rating stay, nothing points to the person any more. Idempotent.
   */
  @InjectManager()
  async anonymiseCustomer(customerId: string, @MedusaContext() sharedContext: Context = {}): Promise<{ reviews: number; votes: number }> {
    return await this.anonymiseCustomer_(customerId, sharedContext)
  }

  @InjectTransactionManager()
  protected async anonymiseCustomer_(customerId: string, @MedusaContext() sharedContext: Context = {}) {
    const sql = this.sql(sharedContext)
    const reviews = await sql.execute(
      `update review set customer_id = null, author_name = null, updated_at = now() where customer_id = ? returning id`,
      [customerId]
    )
    const votes = await sql.execute(
      `update review_helpful_vote set customer_id = null, updated_at = now() where customer_id = ? returning id`,
      [customerId]
    )
    return { reviews: reviews.length, votes: votes.length }
  }

  /**
   * Records the review request of an order unless one exists; true when this
   * call recorded it (and so should send it).
   */
  @InjectManager()
  async recordReviewRequest(
    input: { order_id: string; customer_id: string | null; email: string; shipped_at: Date },
    @MedusaContext() sharedContext: Context = {}
  ): Promise<{ id: string; recorded: boolean }> {
    return await this.recordReviewRequest_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async recordReviewRequest_(
    input: { order_id: string; customer_id: string | null; email: string; shipped_at: Date },
    @MedusaContext() sharedContext: Context = {}
  ) {
    const sql = this.sql(sharedContext)
    const inserted = await sql.execute(
      `insert into review_request (id, order_id, customer_id, email, shipped_at) values (?, ?, ?, ?, ?)
       on conflict (order_id) where deleted_at is null do nothing returning id`,
      [newId("revreq"), input.order_id, input.customer_id, input.email, input.shipped_at]
    )
    if (inserted[0]) return { id: String(inserted[0].id), recorded: true }
    const existing = await sql.execute(`select id from review_request where order_id = ? and deleted_at is null`, [input.order_id])
    return { id: String(existing[0]?.id ?? ""), recorded: false }
  }

  private async lockReview(sql: Sql, id: string): Promise<ReviewState | null> {
    const rows = await sql.execute(`select ${STATE_COLUMNS} from review where id = ? for update`, [id])
    return rows[0] ? toState(rows[0]) : null
  }

  /** Moves the product's aggregate from one counted rating to another (either may be null). */
  private async moveAggregate(sql: Sql, productId: string, from: number | null, to: number | null): Promise<void> {
    if (from === to) return
    const delta = (star: number) => (to === star ? 1 : 0) - (from === star ? 1 : 0)
    await sql.execute(
      `insert into review_aggregate (id, product_id) values (?, ?) on conflict (product_id) where deleted_at is null do nothing`,
      [newId("revagg"), productId]
    )
    await sql.execute(
      `update review_aggregate set
         rating_count = rating_count + ?, rating_sum = rating_sum + ?,
         count_1 = count_1 + ?, count_2 = count_2 + ?, count_3 = count_3 + ?, count_4 = count_4 + ?, count_5 = count_5 + ?,
         updated_at = now()
       where product_id = ? and deleted_at is null`,
      [(to === null ? 0 : 1) - (from === null ? 0 : 1), (to ?? 0) - (from ?? 0), delta(1), delta(2), delta(3), delta(4), delta(5), productId]
    )
  }

  private sql(sharedContext: Context): Sql {
    const manager = sharedContext.transactionManager as Sql | undefined
    if (!manager || typeof manager.execute !== "function") {
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "reviews: no transaction for a review change")
    }
    return manager
  }
}

function newId(prefix: string): string {
  return generateEntityId(undefined, prefix)
}

export default ReviewsModuleService
