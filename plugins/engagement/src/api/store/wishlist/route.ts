import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { publishedProducts } from "../../../lib/products"
import { ENGAGEMENT_MODULE } from "../../../modules/engagement"
import type EngagementModuleService from "../../../modules/engagement/service"
import { addToWishlistWorkflow } from "../../../workflows/add-to-wishlist"
import type { StoreAddWishlistItemType } from "../../validators"

const MAX_WISHLIST = 500

/** GET /store/wishlist — the customer's wishlist, newest first; unpublished products show with `product: null`. */
export const GET = async (req: AuthenticatedMedusaRequest, res: MedusaResponse) => {
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const items = await service.listEngagementWishlistItems(
    { customer_id: req.auth_context.actor_id },
    { order: { created_at: "DESC" }, take: MAX_WISHLIST }
  )
  const cards = await publishedProducts(req.scope, items.map((i) => i.product_id))
  res.json({
    wishlist: {
      items: items.map((item) => ({
        id: item.id,
        product_id: item.product_id,
        created_at: new Date(item.created_at).toISOString(),
        product: cards.get(item.product_id) ?? null,
      })),
    },
    count: items.length,
  })
}

/** POST /store/wishlist { product_id } — adds a published product; adding it again changes nothing. */
export const POST = async (req: AuthenticatedMedusaRequest<StoreAddWishlistItemType>, res: MedusaResponse) => {
  const { product_id } = req.validatedBody
  const cards = await publishedProducts(req.scope, [product_id])
  const card = cards.get(product_id)
  if (!card) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `Product with id: ${product_id} was not found`)
  }
  const service: EngagementModuleService = req.scope.resolve(ENGAGEMENT_MODULE)
  const count = await service.listAndCountEngagementWishlistItems({ customer_id: req.auth_context.actor_id }, { take: 1 })
  if (count[1] >= MAX_WISHLIST) {
    throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `Your wishlist holds at most ${MAX_WISHLIST} products`)
  }
  const { result } = await addToWishlistWorkflow(req.scope).run({
    input: { customer_id: req.auth_context.actor_id, product_id },
  })
  res.status(result.created ? 201 : 200).json({
    wishlist_item: {
      id: result.item.id,
      product_id: result.item.product_id,
      created_at: new Date(result.item.created_at).toISOString(),
      product: card,
    },
    created: result.created,
  })
}
