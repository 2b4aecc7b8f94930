import type { MedusaContainer } from "@medusajs/framework/types"
import { SUPPORT_MODULE } from "../modules/support"
import type SupportModuleService from "../modules/support/service"
import { eraseCustomerSupportRequestsWorkflow } from "../workflows/erase-customer-support-requests"

/**
 * The support plugin's part of a customer's data export and account erasure,
 * for the accounts plugin's extension point.
 */

export type ExportedSupportRequest = {
  id: string
  subject: string
  category: string
  status: string
  email: string
  order_id: string | null
  created_at: string
  closed_at: string | null
  messages: { author: string; body: string; created_at: string }[]
}

function iso(value: Date | string): string {
  return new Date(value).toISOString()
}

/** Every support request of the customer with its whole thread, oldest first. */
export async function exportSupportRequests(container: MedusaContainer, customerId: string): Promise<ExportedSupportRequest[]> {
  const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
  const requests = await service.listSupportRequests(
    { customer_id: customerId },
    { relations: ["messages"], order: { created_at: "ASC" } }
  )
  return requests.map((request) => ({
    id: request.id,
    subject: request.subject,
    category: request.category,
    status: request.status,
    email: request.email,
    order_id: request.order_id,
    created_at: iso(request.created_at),
    closed_at: request.closed_at ? iso(request.closed_at) : null,
    messages: [...(request.messages ?? [])]
      .sort((a, b) => iso(a.created_at).localeCompare(iso(b.created_at)))
      .map((message) => ({ author: message.author_type, body: message.body, created_at: iso(message.created_at) })),
  }))
}

/** Deletes every support request of the customer with its messages; returns how many requests went. */
export async function eraseSupportRequests(container: MedusaContainer, customerId: string): Promise<{ deleted: number }> {
  const { result } = await eraseCustomerSupportRequestsWorkflow(container).run({ input: { customer_id: customerId } })
  return result
}
