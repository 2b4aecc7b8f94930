import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { CustomerDataSectionInput } from "../../lib/personal-data"
import { customerDataExportWorkflowId } from "../../lib/personal-data"

const ADDRESS_FIELDS = ["first_name", "last_name", "company", "address_1", "address_2", "postal_code", "city", "province", "country_code", "phone"]

/**
 * The "orders" section of the personal-data export, contributed through the
 * same extension point other plugins use (see lib/personal-data.ts).
 */
export const exportCustomerOrdersWorkflow = createWorkflow(
  customerDataExportWorkflowId("orders"),
  (input: CustomerDataSectionInput) => {
    const { data: orders } = useQueryGraphStep({
      entity: "order",
      fields: [
        "id",
        "display_id",
        "status",
        "created_at",
        "email",
        "currency_code",
        "total",
        "subtotal",
        "tax_total",
        "shipping_total",
        "items.title",
        "items.variant_title",
        "items.variant_sku",
        "items.quantity",
        "items.unit_price",
        "items.total",
        "shipping_methods.name",
        "shipping_methods.amount",
        ...ADDRESS_FIELDS.map((f) => `shipping_address.${f}`),
        ...ADDRESS_FIELDS.map((f) => `billing_address.${f}`),
      ],
      filters: { customer_id: input.customer_id },
    }).config({ name: "export-customer-orders-query" })

    return new WorkflowResponse(
      transform({ orders }, ({ orders }) =>
        // Oldest first; BigNumber totals serialise as numbers in major units.
        [...orders]
          .sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
          .map((order) => JSON.parse(JSON.stringify(order)))
      )
    )
  }
)
