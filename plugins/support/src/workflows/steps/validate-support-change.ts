import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { SupportActor } from "../../lib/transitions"
import { statusAfterReply, transitionProblem } from "../../lib/transitions"
import { SUPPORT_MODULE } from "../../modules/support"
import type { SupportStatus } from "../../modules/support/models/support-request"
import type SupportModuleService from "../../modules/support/service"

/** Refuses a reply to a closed request; returns the status the request moves to. */
export const validateSupportReplyStep = createStep(
  "validate-support-reply",
  async (input: { request_id: string; author: SupportActor }, { container }) => {
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const request = await service.retrieveSupportRequest(input.request_id)
    if (request.status === "closed") {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        input.author === "customer"
          ? "The support request is closed. Please open a new one."
          : "The support request is closed. Reopen it before replying."
      )
    }
    return new StepResponse({ status: statusAfterReply(input.author) })
  }
)

/** Refuses a status change the actor may not make; returns the changes to apply. */
export const validateSupportStatusChangeStep = createStep(
  "validate-support-status-change",
  async (input: { request_id: string; actor: SupportActor; status: SupportStatus }, { container }) => {
    const service: SupportModuleService = container.resolve(SUPPORT_MODULE)
    const request = await service.retrieveSupportRequest(input.request_id)
    const problem = transitionProblem(input.actor, request.status, input.status)
    if (problem) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    }
    return new StepResponse({
      id: request.id,
      changes: { status: input.status, closed_at: input.status === "closed" ? new Date() : null },
    })
  }
)
