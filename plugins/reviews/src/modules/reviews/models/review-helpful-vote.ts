import { model } from "@medusajs/framework/utils"
import { Review } from "./review"

/** One customer's "this helped me" on a review; at most one per customer and review. */
export const ReviewHelpfulVote = model
  .define("review_helpful_vote", {
    id: model.id({ prefix: "revvote" }).primaryKey(),
    // null once the voter's account is erased; the vote still counts.
    customer_id: model.text().nullable(),
    review: model.belongsTo(() => Review, { mappedBy: "votes" }),
  })
  .indexes([{ on: ["review_id", "customer_id"], unique: true, where: "customer_id IS NOT NULL" }])
