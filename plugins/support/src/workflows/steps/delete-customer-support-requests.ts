import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { SUPPORT_MODULE } from "../../modules/support"
import type { MessageAuthor } from "../../modules/support/models/support-message"
import type { SupportCategory, SupportStatus } from "../../modules/support/models/support-request"
import type SupportModuleService from "../../modules/support/service"

type RequestRow = {
  id: string
  customer_id: string | null
  email: string
  order_id: string | null
  subject: string
  category: SupportCategory
  status: SupportStatus
  requester_ip_hash: string | null
  last_message_at: Date
  closed_at: Date | null
  merchant_unread_count: number
  customer_unread_count: number
  created_at: Date
}

type MessageRow = {
  id: string
  request_id: string
  author_type: MessageAuthor
  author_id: string | null
  body: string
  created_at: Date
}

type Snapshot = { requests: RequestRow[]; messages: MessageRow[] }

/**
 * Deletes (for good, not soft) every request of a customer with its messages.
 * Compensation puts them back as they were.
 */
export const deleteCustomerSupportRequestsStep = createStep(
  "delete-customer-support-requests",
  async (input: { customer_id: string }, { container }) => {
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const requests = await service.listSupportRequests({ customer_id: input.customer_id }, { withDeleted: true })
    if (requests.length === 0) {
      const nothing: Snapshot = { requests: [], messages: [] }
      return new StepResponse({ deleted: 0 }, nothing)
    }
    const ids = requests.map((r) => r.id)
    const messages = await service.listSupportMessages({ request_id: ids }, { withDeleted: true })
    const snapshot: Snapshot = {
      requests: requests.map((r) => ({
        id: r.id,
        customer_id: r.customer_id,
        email: r.email,
        order_id: r.order_id,
        subject: r.subject,
        category: r.category,
        status: r.status,
        requester_ip_hash: r.requester_ip_hash,
        last_message_at: r.last_message_at,
        closed_at: r.closed_at,
        merchant_unread_count: r.merchant_unread_count,
        customer_unread_count: r.customer_unread_count,
        created_at: r.created_at,
      })),
      messages: messages.map((m) => ({
        id: m.id,
        request_id: m.request_id,
        author_type: m.author_type,
        author_id: m.author_id,
        body: m.body,
        created_at: m.created_at,
      })),
    }
    await service.deleteSupportRequests(ids)
    return new StepResponse({ deleted: ids.length }, snapshot)
  },
  async (snapshot: Snapshot | undefined, { container }) => {
    if (!snapshot || snapshot.requests.length === 0) return
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    await service.createSupportRequests(snapshot.requests)
    if (snapshot.messages.length) {
      await service.createSupportMessages(snapshot.messages)
    }
  }
)
