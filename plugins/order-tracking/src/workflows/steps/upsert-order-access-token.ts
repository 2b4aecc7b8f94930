import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ORDER_ACCESS_MODULE } from "../../modules/order-access"
import type OrderAccessModuleService from "../../modules/order-access/service"

export type UpsertOrderAccessTokenInput = { order_id: string; token_hash: string }

type Undo = { id: string; previous_hash: string | null }

/** Stores the token hash of an order, replacing an older one (compensation restores it). */
export const upsertOrderAccessTokenStep = createStep(
  "upsert-order-access-token",
  async (input: UpsertOrderAccessTokenInput, { container }) => {
    const service: OrderAccessModuleService = container.resolve(ORDER_ACCESS_MODULE)
    const [existing] = await service.listOrderAccessTokens({ order_id: input.order_id }, { take: 1 })
    if (existing) {
      await service.updateOrderAccessTokens({ id: existing.id, token_hash: input.token_hash })
      return new StepResponse({ id: existing.id }, { id: existing.id, previous_hash: existing.token_hash } as Undo)
    }
    const created = await service.createOrderAccessTokens(input)
    return new StepResponse({ id: created.id }, { id: created.id, previous_hash: null } as Undo)
  },
  async (undo: Undo | undefined, { container }) => {
    if (!undo) return
    const service: OrderAccessModuleService = container.resolve(ORDER_ACCESS_MODULE)
    if (undo.previous_hash) {
      await service.updateOrderAccessTokens({ id: undo.id, token_hash: undo.previous_hash })
    } else {
      await service.deleteOrderAccessTokens(undo.id)
    }
  }
)
