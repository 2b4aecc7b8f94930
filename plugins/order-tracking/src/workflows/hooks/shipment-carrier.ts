import { Modules } from "@medusajs/framework/utils"
import { StepResponse } from "@medusajs/framework/workflows-sdk"
import { createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { findCarrier } from "../../lib/carriers"

type Undo = { id: string; metadata: Record<string, unknown> | null } | null

/**
 * Medusa's fulfillment labels have no carrier: the shipment route takes it
 * as `additional_data.carrier` (validated in api/middlewares.ts) and this hook
 * keeps it in the fulfillment's metadata, where the tracking timeline reads it.
 */
createOrderShipmentWorkflow.hooks.shipmentCreated(
  async ({ shipment, additional_data }, { container }) => {
    const carrier = findCarrier(typeof additional_data?.carrier === "string" ? additional_data.carrier : undefined)
    if (!carrier) {
      return new StepResponse(undefined, null as Undo)
    }
    const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
    const fulfillment = await fulfillmentModule.retrieveFulfillment(shipment.id)
    const previous = (fulfillment.metadata ?? null) as Record<string, unknown> | null
    await fulfillmentModule.updateFulfillment(shipment.id, { metadata: { ...(previous ?? {}), carrier: carrier.code } })
    const undo: Undo = { id: shipment.id, metadata: previous }
    return new StepResponse(undefined, undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const fulfillmentModule = container.resolve(Modules.FULFILLMENT)
    await fulfillmentModule.updateFulfillment(undo.id, { metadata: undo.metadata ?? {} })
  }
)
