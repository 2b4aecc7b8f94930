import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import type { AnswerThreeDSecureChallengeInput } from "./steps/answer-three-d-secure-challenge"
import { answerThreeDSecureChallengeStep } from "./steps/answer-three-d-secure-challenge"

/**
 * The shopper approves or fails a 3-D Secure challenge. Locked per session so
 * two answers (two tabs, a double click) cannot both be recorded.
 */
export const answerThreeDSecureChallengeWorkflow = createWorkflow(
  "answer-three-d-secure-challenge",
  (input: AnswerThreeDSecureChallengeInput) => {
    const lockKey = transform({ input }, ({ input }) => `mock-card-3ds:${input.session_id}`)
    acquireLockStep({ key: lockKey, timeout: 5, ttl: 30 })
    const answered = answerThreeDSecureChallengeStep(input)
    releaseLockStep({ key: lockKey })
    return new WorkflowResponse(answered)
  }
)
