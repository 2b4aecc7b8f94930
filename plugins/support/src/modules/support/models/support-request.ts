import { model } from "@medusajs/framework/utils"
import { SupportMessage } from "./support-message"

export const SUPPORT_CATEGORIES = ["order_problem", "return", "product_question", "other"] as const
export const SUPPORT_STATUSES = ["open", "waiting_for_customer", "closed"] as const

export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number]
export type SupportStatus = (typeof SUPPORT_STATUSES)[number]

/**
 * A customer's (or a guest's) support request and its thread. `customer_id`
 * and `order_id` name records of other modules (read-only links join them);
 * a guest request has no customer and is answered by email.
 */
export const SupportRequest = model
  .define("support_request", {
    id: model.id({ prefix: "supreq" }).primaryKey(),
    customer_id: model.text().nullable(),
    email: model.text(),
    order_id: model.text().nullable(),
    subject: model.text(),
    category: model.enum([...SUPPORT_CATEGORIES]),
    status: model.enum([...SUPPORT_STATUSES]).default("open"),
    // SHA-256 of the guest's IP address, only to rate-limit guests.
    requester_ip_hash: model.text().nullable(),
    last_message_at: model.dateTime(),
    closed_at: model.dateTime().nullable(),
    merchant_unread_count: model.number().default(0),
    customer_unread_count: model.number().default(0),
    messages: model.hasMany(() => SupportMessage, { mappedBy: "request" }),
  })
  .cascades({ delete: ["messages"] })
  .indexes([
    { on: ["customer_id", "created_at"] },
    { on: ["order_id"] },
    { on: ["status", "created_at"] },
    { on: ["requester_ip_hash", "created_at"] },
    { on: ["email", "created_at"] },
  ])
