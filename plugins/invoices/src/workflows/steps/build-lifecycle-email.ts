import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { formatMoney } from "@shop/notifications/lib/money"
import { orderMailLink } from "@shop/order-tracking/lib/order-mail-link"
import type { SendEmailWorkflowInput } from "@shop/notifications/workflows"
import { creditNotePdf } from "../../lib/documents"
import { paymentMethodLabel } from "../../lib/payment-facts"
import type { CreatedCreditNote } from "./create-credit-notes"

type MailOrder = {
  id: string
  display_id?: number | null
  email?: string | null
  currency_code: string
  customer?: { first_name?: string | null } | null
  shipping_address?: { first_name?: string | null } | null
  payment_collections?: { payments?: { provider_id: string; data?: Record<string, unknown> | null; captured_at?: string | null }[] | null }[] | null
}

export type LifecycleEmailInput = {
  kind: "order-canceled" | "credit-note"
  order_id: string
  /** The credit notes this event issued; each is attached. */
  credit_notes: CreatedCreditNote[]
  /** Minor units refunded to the customer by this event. */
  refunded: number
  /** The invoice the notes correct. */
  invoice_number: string | null
}

async function readMailOrder(container: Parameters<typeof creditNotePdf>[0], orderId: string): Promise<MailOrder | null> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data } = await query.graph({
    entity: "order",
    fields: [
      "id",
      "display_id",
      "email",
      "currency_code",
      "customer.first_name",
      "shipping_address.first_name",
      "payment_collections.payments.provider_id",
      "payment_collections.payments.data",
      "payment_collections.payments.captured_at",
    ],
    filters: { id: orderId },
  })
  return (data[0] as MailOrder | undefined) ?? null
}

/**
 * The mail of a cancellation or a refund (read only): what happens to the
 * money in plain words and every credit note it issued as a PDF attachment.
 * Null when the order has no email, or a refund issued no credit note (it was
 * credited and mailed before).
 */
export const buildLifecycleEmailStep = createStep("build-lifecycle-email", async (input: LifecycleEmailInput, { container }) => {
  const order = await readMailOrder(container, input.order_id)
  if (!order?.email || (input.kind === "credit-note" && !input.credit_notes.length)) {
    return new StepResponse<SendEmailWorkflowInput | null>(null)
  }
  const attachments: NonNullable<SendEmailWorkflowInput["attachments"]> = []
  for (const note of input.credit_notes) {
    const doc = await creditNotePdf(container, note.id)
    attachments.push({ filename: doc.filename, content_type: "application/pdf", content: doc.pdf.toString("base64") })
  }
  const payments = (order.payment_collections ?? []).flatMap((pc) => pc.payments ?? [])
  const method = payments[0] ? paymentMethodLabel(payments[0]) : null
  const refunded = formatMoney(input.refunded, order.currency_code)
  const common = {
    customer_name: order.customer?.first_name ?? order.shipping_address?.first_name ?? null,
    order_display_id: order.display_id ?? order.id,
    // With the guest's email + link token, so a guest lands on the order.
    order_url: await orderMailLink(container, order),
  }
  if (input.kind === "order-canceled") {
    const moneyText =
      input.refunded > 0
        ? `${refunded} ${input.refunded === 1 ? "is" : "are"} refunded to your original payment method${method ? ` (${method})` : ""}.`
        : payments.some((p) => p.provider_id === "pp_system_default")
          ? "Nothing is owed: please do not pay the invoice."
          : "Nothing was charged: the payment authorisation on your card has been released."
    return new StepResponse<SendEmailWorkflowInput | null>({
      template: "order-canceled",
      to: order.email,
      reference: `order:${order.id}`,
      idempotency_key: `order-canceled:${order.id}`,
      attachments,
      props: { ...common, credit_note_number: input.credit_notes[0]?.number ?? null, money_text: moneyText },
    })
  }
  const [note] = input.credit_notes
  return new StepResponse<SendEmailWorkflowInput | null>({
    template: "credit-note",
    to: order.email,
    reference: `order:${order.id}`,
    idempotency_key: `credit-note:${note.id}`,
    attachments,
    props: { ...common, credit_note_number: note.number, invoice_number: input.invoice_number ?? "", amount: refunded },
  })
})
