import { model } from "@medusajs/framework/utils"
import { ReviewHelpfulVote } from "./review-helpful-vote"

export const REVIEW_STATUSES = ["pending", "approved", "rejected"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

export const MAX_TITLE_LENGTH = 120
export const MAX_BODY_LENGTH = 2000

/**
 * A customer's review of a product. Title, body and reply are plain text;
 * every reader escapes them. `customer_id` becomes null when the customer's
 * account is erased (the review stays, anonymised). One live review per
 * customer and product (partial unique index, see the migration).
 */
export const Review = model
  .define("review", {
    id: model.id({ prefix: "rev" }).primaryKey(),
    product_id: model.text(),
    customer_id: model.text().nullable(),
    // Shown as the author ("Max M."); null once anonymised.
    author_name: model.text().nullable(),
    rating: model.number(),
    title: model.text(),
    body: model.text(),
    status: model.enum([...REVIEW_STATUSES]).default("pending"),
    verified_purchase: model.boolean().default(false),
    helpful_count: model.number().default(0),
    reply: model.text().nullable(),
    replied_at: model.dateTime().nullable(),
    votes: model.hasMany(() => ReviewHelpfulVote, { mappedBy: "review" }),
  })
  .cascades({ delete: ["votes"] })
  .indexes([
    { on: ["customer_id", "product_id"], unique: true, where: "deleted_at IS NULL AND customer_id IS NOT NULL" },
    { on: ["product_id", "status", "created_at"] },
    { on: ["status", "created_at"] },
  ])
