import type { MedusaContainer } from "@medusajs/framework/types"
import { MedusaError } from "@medusajs/framework/utils"
import type { DeliveryAttachment } from "../modules/email-delivery/service"
import type { EmailTemplateName, EmailTemplateProps } from "../templates"
import { sendEmailWorkflow } from "./send-email"
import type { DeliverEmailResult } from "./steps/deliver-email"

export type SendTemplatedEmailInput<Name extends EmailTemplateName> = {
  template: Name
  to: string
  props: EmailTemplateProps<Name>
  attachments?: DeliveryAttachment[]
  reference?: string
  idempotency_key?: string
}

/**
 * The typed way for any plugin to mail one of the store's templates:
 *
 *   await sendTemplatedEmail(container, {
 *     template: "support-reply",
 *     to: "max@example.com",
 *     props: { ticket_reference: "SUP-42", message: "…" },
 *   })
 *
 * It runs the send-email workflow: the mail is recorded and retried with
 * backoff if the first attempt fails; it resolves once the first attempt is done.
 */
export async function sendTemplatedEmail<Name extends EmailTemplateName>(
  container: MedusaContainer,
  input: SendTemplatedEmailInput<Name>
): Promise<DeliverEmailResult> {
  try {
    const { result } = await sendEmailWorkflow(container).run({ input: { ...input, props: { ...input.props } } })
    return result
  } catch (error) {
    throw asMedusaError(error)
  }
}

/** The workflow engine rethrows a step's error as a plain (serialized) object; callers get a real error. */
function asMedusaError(error: unknown): Error {
  if (error instanceof Error) return error
  const e = (error ?? {}) as { type?: string; message?: string }
  const types = Object.values(MedusaError.Types) as string[]
  const type = e.type && types.includes(e.type) ? e.type : MedusaError.Types.UNEXPECTED_STATE
  return new MedusaError(type, e.message ?? "Sending the email failed")
}
