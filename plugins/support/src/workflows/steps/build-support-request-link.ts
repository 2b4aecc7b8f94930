import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { guestTokenFor } from "../../lib/guest-token"
import { supportRequestUrl } from "../../lib/links"

/** The storefront link to a request; a guest's link carries the request's token. */
export const buildSupportRequestLinkStep = createStep(
  "build-support-request-link",
  async (input: { request_id: string; guest: boolean }, { container }) => {
    const token = input.guest ? guestTokenFor(container, input.request_id) : null
    return new StepResponse(supportRequestUrl(input.request_id, token))
  }
)
