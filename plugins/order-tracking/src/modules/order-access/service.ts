import { MedusaService } from "@medusajs/framework/utils"
import { hashOrderAccessToken, sameHash } from "../../lib/order-token"
import { OrderAccessToken } from "./models/order-access-token"

class OrderAccessModuleService extends MedusaService({ OrderAccessToken }) {
  /** True when `token` is the current access token of the order. */
  async verifyOrderAccessToken(orderId: string, token: string): Promise<boolean> {
    const [stored] = await this.listOrderAccessTokens({ order_id: orderId }, { take: 1 })
    if (!stored) {
      return false
    }
    return sameHash(stored.token_hash, hashOrderAccessToken(token))
  }
}

export default OrderAccessModuleService
