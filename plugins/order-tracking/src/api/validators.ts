import { z } from "@medusajs/framework/zod"
import { CARRIER_CODES, findCarrier } from "../lib/carriers"

/**
 * `additional_data` of Medusa's shipment route
 * (POST /admin/orders/:id/fulfillments/:fulfillment_id/shipments):
 * `carrier` names one of the known carriers, case-insensitively.
 */
export const AdminShipmentAdditionalData = {
  carrier: z
    .string()
    .trim()
    .refine((code) => !!findCarrier(code), {
      message: `Unknown carrier. Known carriers: ${CARRIER_CODES.join(", ")}`,
    })
    .optional(),
}
