import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import SupportModule from "../modules/support"

// A request may concern one order; `order_id` is kept on the request (read-only link, no table).
export default defineLink(
  { linkable: SupportModule.linkable.supportRequest, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
