import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export type CustomerFieldChanges = { first_name?: string; last_name?: string; phone?: string }
const FIELDS = ["first_name", "last_name", "phone"] as const

type Before = { id: string; values: Partial<Record<(typeof FIELDS)[number], string | null>> }

/**
 * Updates the customer's own fields and, on compensation, restores exactly
 * those. (Medusa's update-customers step restores first_name, last_name,
 * email, phone and metadata from a read of the changed fields only, which
 * blanks the others when a later step fails.)
 */
export const updateCustomerFieldsStep = createStep(
  "update-customer-fields",
  async (input: { customer_id: string; changes: CustomerFieldChanges }, { container }) => {
    const customerModule = container.resolve(Modules.CUSTOMER)
    const keys = FIELDS.filter((key) => input.changes[key] !== undefined)
    const current = await customerModule.retrieveCustomer(input.customer_id, { select: ["id", ...keys] })
    const before: Before = { id: current.id, values: {} }
    const update: CustomerFieldChanges = {}
    for (const key of keys) {
      before.values[key] = current[key] ?? null
      update[key] = input.changes[key]
    }
    await customerModule.updateCustomers(current.id, update)
    return new StepResponse({ id: current.id }, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve(Modules.CUSTOMER).updateCustomers(before.id, before.values)
  }
)
