import type { Logger, MedusaContainer } from "@medusajs/framework/types"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { capturePaymentRecordingOutcome } from "./capture-payment"

type ShippedPayment = {
  id: string
  captured_at?: Date | string | null
  canceled_at?: Date | string | null
  data?: Record<string, unknown> | null
}
type ShippedFulfillment = {
  id: string
  order?: { id: string; status?: string; payment_collections?: { payments?: ShippedPayment[] | null }[] | null } | null
}

/**
 * A shipment left: every payment of its order that the card processor holds
 * for capture on shipment (`data.capture_method = "on_shipment"`) and that is
 * neither captured nor canceled is captured now, for its authorized amount.
 * Pay-on-invoice and manually captured payments are left alone. A refused
 * capture is recorded on the order (capturePaymentRecordingOutcome) and
 * logged; the shipment stands.
 */
export async function captureOnShipment(container: MedusaContainer, fulfillmentId: string): Promise<string[]> {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const logger: Logger = container.resolve(ContainerRegistrationKeys.LOGGER)
  const { data } = await query.graph({
    entity: "fulfillment",
    fields: [
      "id",
      "order.id",
      "order.status",
      "order.payment_collections.payments.id",
      "order.payment_collections.payments.captured_at",
      "order.payment_collections.payments.canceled_at",
      "order.payment_collections.payments.data",
    ],
    filters: { id: fulfillmentId },
  })
  const order = (data[0] as ShippedFulfillment | undefined)?.order
  if (!order || order.status === "canceled") return []
  const due = (order.payment_collections ?? [])
    .flatMap((pc) => pc.payments ?? [])
    .filter((p) => p.data?.capture_method === "on_shipment" && !p.captured_at && !p.canceled_at)

  const captured: string[] = []
  for (const payment of due) {
    try {
      await capturePaymentRecordingOutcome(container, { payment_id: payment.id })
      captured.push(payment.id)
    } catch (error) {
      logger.warn(`Capture on shipment of order ${order.id} (payment ${payment.id}) failed: ${(error as Error).message}`)
    }
  }
  return captured
}
