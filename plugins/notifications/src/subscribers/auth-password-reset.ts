import crypto from "node:crypto"
import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { AuthWorkflowEvents } from "@medusajs/framework/utils"
import { passwordResetUrl } from "../lib/config"
import { sendEmailWorkflow } from "../workflows/send-email"

type PasswordResetEvent = { entity_id: string; token: string; actor_type: string }

/** Mails Medusa's reset token (POST /auth/{customer|user}/emailpass/reset-password). */
export default async function passwordResetHandler({ event, container }: SubscriberArgs<PasswordResetEvent>) {
  const { entity_id: email, token, actor_type } = event.data
  if (!email || !token || (actor_type !== "customer" && actor_type !== "user")) return
  await sendEmailWorkflow(container).run({
    input: {
      template: "password-reset",
      to: email,
      props: { email, token, reset_url: passwordResetUrl(actor_type, token, email) },
      reference: `${actor_type}:${email}`,
      // The token is a secret: the key only needs to tell two requests apart.
      idempotency_key: `password-reset:${crypto.createHash("sha256").update(token).digest("hex").slice(0, 40)}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: AuthWorkflowEvents.PASSWORD_RESET,
  context: { subscriberId: "notifications-password-reset-email" },
}
