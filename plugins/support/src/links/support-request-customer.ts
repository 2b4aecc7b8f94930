import { defineLink } from "@medusajs/framework/utils"
import CustomerModule from "@medusajs/medusa/customer"
import SupportModule from "../modules/support"

// The customer who opened a request (null for a guest); read-only link over `customer_id`.
export default defineLink(
  { linkable: SupportModule.linkable.supportRequest, field: "customer_id" },
  CustomerModule.linkable.customer,
  { readOnly: true }
)
