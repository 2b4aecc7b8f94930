import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { sendEmailWorkflow } from "../workflows/send-email"

/** Welcome mail after registration (event emitted by the accounts plugin). */
export default async function customerRegisteredHandler({ event, container }: SubscriberArgs<{ id: string }>) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "customer",
    fields: ["id", "email", "first_name"],
    filters: { id: event.data.id },
  })
  const customer = data[0]
  if (!customer?.email) return
  await sendEmailWorkflow(container).run({
    input: {
      template: "welcome",
      to: customer.email,
      props: { first_name: customer.first_name ?? null, email: customer.email },
      reference: `customer:${customer.id}`,
      idempotency_key: `welcome:${customer.id}`,
    },
  })
}

export const config: SubscriberConfig = {
  event: "customer-accounts.registered",
  context: { subscriberId: "notifications-welcome-email" },
}
