import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import type { SupportActor } from "../lib/transitions"
import { addSupportMessageStep } from "./steps/add-support-message"
import { validateSupportReplyStep } from "./steps/validate-support-change"

export const SUPPORT_REQUEST_REPLIED = "support_request.replied"

export type ReplyToSupportRequestInput = {
  request_id: string
  author: SupportActor
  author_id: string | null
  message: string
}

/**
 * Adds a reply to an open request: a merchant reply waits for the customer
 * (and is emailed to them), a customer reply reopens the request for the merchant.
 */
export const replyToSupportRequestWorkflow = createWorkflow(
  "reply-to-support-request",
  (input: ReplyToSupportRequestInput) => {
    const next = validateSupportReplyStep({ request_id: input.request_id, author: input.author })
    const messageInput = transform({ input, next }, ({ input, next }) => ({
      request_id: input.request_id,
      author_type: input.author,
      author_id: input.author_id,
      body: input.message,
      status: next.status,
    }))
    const message = addSupportMessageStep(messageInput)
    const eventData = transform({ input, message }, ({ input, message }) => ({
      id: input.request_id,
      message_id: message.id,
      author: input.author,
    }))
    emitEventStep({ eventName: SUPPORT_REQUEST_REPLIED, data: eventData })
    return new WorkflowResponse(message)
  }
)
