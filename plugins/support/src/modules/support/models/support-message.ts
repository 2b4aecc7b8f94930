import { model } from "@medusajs/framework/utils"
import { SupportRequest } from "./support-request"

export const MESSAGE_AUTHORS = ["customer", "merchant"] as const
export type MessageAuthor = (typeof MESSAGE_AUTHORS)[number]

/** One message of a support thread. Plain text; every reader escapes it when showing it. */
export const SupportMessage = model.define("support_message", {
  id: model.id({ prefix: "supmsg" }).primaryKey(),
  author_type: model.enum([...MESSAGE_AUTHORS]),
  // The customer's or the admin user's id; null for a guest.
  author_id: model.text().nullable(),
  body: model.text(),
  request: model.belongsTo(() => SupportRequest, { mappedBy: "messages" }),
})
