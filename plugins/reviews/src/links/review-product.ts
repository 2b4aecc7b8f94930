import { defineLink } from "@medusajs/framework/utils"
import ProductModule from "@medusajs/medusa/product"
import ReviewsModule from "../modules/reviews"

// The product a review is about; read-only link over `product_id` (no link table).
export default defineLink(
  { linkable: ReviewsModule.linkable.review, field: "product_id" },
  ProductModule.linkable.product,
  { readOnly: true }
)
