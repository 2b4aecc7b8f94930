import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InvoiceModule from "../modules/invoice"

// Read-only: the invoice stores its order_id; Query can read order.invoice.
export default defineLink(
  { linkable: InvoiceModule.linkable.invoice, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
