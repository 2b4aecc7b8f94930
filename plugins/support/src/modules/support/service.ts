import type { Context } from "@medusajs/framework/types"
import { InjectManager, InjectTransactionManager, MedusaContext, MedusaService } from "@medusajs/framework/utils"
import type { MessageAuthor } from "./models/support-message"
import { SupportMessage } from "./models/support-message"
import type { SupportCategory, SupportStatus } from "./models/support-request"
import { SupportRequest } from "./models/support-request"

export type RequesterKey = { customer_id?: string; email?: string; requester_ip_hash?: string }

export type OpenSupportRequestInput = {
  customer_id: string | null
  email: string
  order_id: string | null
  subject: string
  category: SupportCategory
  message: string
  requester_ip_hash: string | null
}

export type AddSupportMessageInput = {
  request_id: string
  author_type: MessageAuthor
  author_id: string | null
  body: string
  /** The request's status after this message. */
  status: SupportStatus
}

class SupportModuleService extends MedusaService({ SupportRequest, SupportMessage }) {
  /** Creates a request and its first message in one transaction. */
  @InjectManager()
  async openSupportRequest(input: OpenSupportRequestInput, @MedusaContext() sharedContext: Context = {}) {
    return this.openSupportRequest_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async openSupportRequest_(input: OpenSupportRequestInput, @MedusaContext() sharedContext: Context = {}) {
    const request = await this.createSupportRequests(
      {
        customer_id: input.customer_id,
        email: input.email,
        order_id: input.order_id,
        subject: input.subject,
        category: input.category,
        status: "open",
        requester_ip_hash: input.requester_ip_hash,
        last_message_at: new Date(),
        merchant_unread_count: 1,
        customer_unread_count: 0,
      },
      sharedContext
    )
    await this.createSupportMessages(
      { request_id: request.id, author_type: "customer", author_id: input.customer_id, body: input.message },
      sharedContext
    )
    return request
  }

  /**
   * Adds a message and, in the same transaction, moves the request to its new
   * status, stamps its activity and counts the message as unread for the other
   * side (the author's own unread count goes to 0).
   */
  @InjectManager()
  async addSupportMessage(input: AddSupportMessageInput, @MedusaContext() sharedContext: Context = {}) {
    return this.addSupportMessage_(input, sharedContext)
  }

  @InjectTransactionManager()
  protected async addSupportMessage_(input: AddSupportMessageInput, @MedusaContext() sharedContext: Context = {}) {
    const request = await this.retrieveSupportRequest(input.request_id, {}, sharedContext)
    const message = await this.createSupportMessages(
      { request_id: request.id, author_type: input.author_type, author_id: input.author_id, body: input.body },
      sharedContext
    )
    await this.updateSupportRequests(
      {
        id: request.id,
        status: input.status,
        last_message_at: new Date(),
        // Who writes has read the thread; the other side has one more to read.
        ...(input.author_type === "customer"
          ? { merchant_unread_count: request.merchant_unread_count + 1, customer_unread_count: 0 }
          : { customer_unread_count: request.customer_unread_count + 1, merchant_unread_count: 0 }),
      },
      sharedContext
    )
    return message
  }

  /**
   * Requests opened since `since` by any of the keys (customer, email or IP
   * hash), oldest first: the rate limit counts them and waits for the oldest.
   */
  async listRequestsOpenedSince(keys: RequesterKey, since: Date): Promise<{ count: number; oldest: Date | null }> {
    const or = Object.entries(keys)
      .filter(([, value]) => typeof value === "string" && value.length > 0)
      .map(([key, value]) => ({ [key]: value }))
    if (or.length === 0) {
      return { count: 0, oldest: null }
    }
    const [rows, count] = await this.listAndCountSupportRequests(
      { $or: or, created_at: { $gte: since } },
      { select: ["id", "created_at"], order: { created_at: "ASC" }, take: 1 }
    )
    return { count, oldest: rows[0] ? new Date(rows[0].created_at) : null }
  }
}

export default SupportModuleService
