import { defineLink } from "@medusajs/framework/utils"
import OrderModule from "@medusajs/medusa/order"
import InvoiceModule from "../modules/invoice"

// Read-only: a credit note stores its order_id; Query can read credit_note.order.
export default defineLink(
  { linkable: InvoiceModule.linkable.creditNote, field: "order_id" },
  OrderModule.linkable.order,
  { readOnly: true }
)
