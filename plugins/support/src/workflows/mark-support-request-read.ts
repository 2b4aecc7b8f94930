import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { useQueryGraphStep } from "@medusajs/medusa/core-flows"
import type { SupportActor } from "../lib/transitions"
import { updateSupportRequestStep } from "./steps/update-support-request"

export type MarkSupportRequestReadInput = { request_id: string; reader: SupportActor }

/** The reader has seen the thread: their unread count goes back to 0. */
export const markSupportRequestReadWorkflow = createWorkflow(
  "mark-support-request-read",
  (input: MarkSupportRequestReadInput) => {
    const { data: requests } = useQueryGraphStep({
      entity: "support_request",
      fields: ["id", "merchant_unread_count", "customer_unread_count"],
      filters: { id: input.request_id },
    })
    const unread = transform({ input, requests }, ({ input, requests }) => {
      const request = requests[0] as { merchant_unread_count: number; customer_unread_count: number } | undefined
      if (!request) return 0
      return input.reader === "merchant" ? request.merchant_unread_count : request.customer_unread_count
    })
    when({ unread }, ({ unread }) => unread > 0).then(() => {
      const update = transform({ input }, ({ input }) => ({
        id: input.request_id,
        changes: input.reader === "merchant" ? { merchant_unread_count: 0 } : { customer_unread_count: 0 },
      }))
      updateSupportRequestStep(update)
    })
    return new WorkflowResponse(unread)
  }
)
