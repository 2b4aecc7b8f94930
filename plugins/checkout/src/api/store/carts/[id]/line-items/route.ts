import { POST as addLineItemThroughMedusa } from "@medusajs/medusa/api/store/carts/[id]/line-items/route"
import { handOver } from "../../../../../lib/lean-path"
import { addLineItemLean } from "../../../../../operations/add-line-item"
import { runLean, sendCart } from "../../../../respond"

/** Medusa's POST /store/carts/:id/line-items, same contract, run leanly where it can be. */
export const POST = async (
  req: Parameters<typeof addLineItemThroughMedusa>[0],
  res: Parameters<typeof addLineItemThroughMedusa>[1]
) => {
  const { additional_data, ...line } = req.validatedBody
  const outcome = await runLean(res, async () =>
    additional_data === undefined ? addLineItemLean(req.scope, req.params.id, line) : handOver("additional data for hooks")
  )
  if (!outcome.done) return addLineItemThroughMedusa(req, res)
  await sendCart(req, res, req.params.id)
}
