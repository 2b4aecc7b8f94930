import type { MessageAuthor } from "../modules/support/models/support-message"
import type { SupportCategory, SupportStatus } from "../modules/support/models/support-request"

type Stamp = Date | string | null

export type SupportMessageRecord = {
  id: string
  author_type: MessageAuthor
  author_id: string | null
  body: string
  created_at: Stamp
}

export type SupportRequestRecord = {
  id: string
  customer_id: string | null
  email: string
  order_id: string | null
  subject: string
  category: SupportCategory
  status: SupportStatus
  last_message_at: Stamp
  closed_at: Stamp
  merchant_unread_count: number
  customer_unread_count: number
  created_at: Stamp
  updated_at: Stamp
  messages?: SupportMessageRecord[] | null
  order?: { id: string; display_id: number | null } | null
  customer?: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
}

export const REQUEST_FIELDS = [
  "id",
  "customer_id",
  "email",
  "order_id",
  "subject",
  "category",
  "status",
  "last_message_at",
  "closed_at",
  "merchant_unread_count",
  "customer_unread_count",
  "created_at",
  "updated_at",
]

export const MESSAGE_FIELDS = ["messages.id", "messages.author_type", "messages.author_id", "messages.body", "messages.created_at"]

/** The short reference customers and the merchant quote, e.g. "SUP-7K2M9QXA" (from the request id). */
export function supportReference(id: string): string {
  return `SUP-${id.slice(-8).toUpperCase()}`
}

function iso(stamp: Stamp): string | null {
  return stamp ? new Date(stamp).toISOString() : null
}

function byTime(messages: SupportMessageRecord[] | null | undefined): SupportMessageRecord[] {
  return [...(messages ?? [])].sort((a, b) => (iso(a.created_at) ?? "").localeCompare(iso(b.created_at) ?? "") || a.id.localeCompare(b.id))
}

/** What the customer sees: no admin user ids, their own unread count. */
export function toStoreSupportRequest(request: SupportRequestRecord, withMessages: boolean) {
  return {
    id: request.id,
    reference: supportReference(request.id),
    subject: request.subject,
    category: request.category,
    status: request.status,
    order_id: request.order_id,
    email: request.email,
    unread_count: request.customer_unread_count,
    last_message_at: iso(request.last_message_at),
    closed_at: iso(request.closed_at),
    created_at: iso(request.created_at),
    updated_at: iso(request.updated_at),
    ...(withMessages
      ? {
          messages: byTime(request.messages).map((m) => ({
            id: m.id,
            author: m.author_type,
            body: m.body,
            created_at: iso(m.created_at),
          })),
        }
      : {}),
  }
}

/** What the merchant sees: who wrote, the linked order and customer, their unread count. */
export function toAdminSupportRequest(request: SupportRequestRecord, withMessages: boolean) {
  return {
    id: request.id,
    reference: supportReference(request.id),
    subject: request.subject,
    category: request.category,
    status: request.status,
    email: request.email,
    customer_id: request.customer_id,
    order_id: request.order_id,
    order: request.order ? { id: request.order.id, display_id: request.order.display_id } : null,
    customer: request.customer
      ? {
          id: request.customer.id,
          email: request.customer.email,
          first_name: request.customer.first_name,
          last_name: request.customer.last_name,
        }
      : null,
    unread_count: request.merchant_unread_count,
    last_message_at: iso(request.last_message_at),
    closed_at: iso(request.closed_at),
    created_at: iso(request.created_at),
    updated_at: iso(request.updated_at),
    ...(withMessages
      ? {
          messages: byTime(request.messages).map((m) => ({
            id: m.id,
            author: m.author_type,
            author_id: m.author_id,
            body: m.body,
            created_at: iso(m.created_at),
          })),
        }
      : {}),
  }
}
