import type { Knex } from "@medusajs/framework/mikro-orm/knex"
import { ContainerRegistrationKeys, generateEntityId, MedusaService } from "@medusajs/framework/utils"
import { hashOrderAccessToken, orderLinkSecret, orderLinkToken, sameHash, sameToken } from "../../lib/order-token"
import { OrderAccessToken } from "./models/order-access-token"

type Dependencies = { [ContainerRegistrationKeys.PG_CONNECTION]: Knex }

class OrderAccessModuleService extends MedusaService({ OrderAccessToken }) {
  protected readonly knex_: Knex

  constructor(dependencies: Dependencies, ...rest: unknown[]) {
    super(dependencies, ...rest)
    this.knex_ = dependencies[ContainerRegistrationKeys.PG_CONNECTION]
  }

  /**
   * Makes `tokenHash` the order's one live token, replacing an older one, in
   * a single statement (the unique live row per order decides): this runs for
   * every placed order, where a list-then-write through the ORM cost several
   * times the CPU.
   */
  async replaceOrderAccessToken(orderId: string, tokenHash: string): Promise<void> {
    await this.knex_.raw(
      `insert into "order_access_token" ("id", "order_id", "token_hash", "created_at", "updated_at")
       values (?, ?, ?, now(), now())
       on conflict ("order_id") where "deleted_at" is null
       do update set "token_hash" = excluded."token_hash", "updated_at" = now()`,
      [generateEntityId(undefined, "oacc"), orderId, tokenHash]
    )
  }

  /** True when `token` is the current access token of the order, or a mail link token derived from it. */
  async verifyOrderAccessToken(orderId: string, token: string): Promise<boolean> {
    const [stored] = await this.listOrderAccessTokens({ order_id: orderId }, { take: 1 })
    if (!stored) {
      return false
    }
    return (
      sameHash(stored.token_hash, hashOrderAccessToken(token)) ||
      sameToken(orderLinkToken(orderLinkSecret(), orderId, stored.token_hash), token)
    )
  }

  /** The token for an order link in a later mail (see orderLinkToken); null when the order has no live token. */
  async orderLinkTokenFor(orderId: string): Promise<string | null> {
    const [stored] = await this.listOrderAccessTokens({ order_id: orderId }, { take: 1 })
    return stored ? orderLinkToken(orderLinkSecret(), orderId, stored.token_hash) : null
  }
}

export default OrderAccessModuleService
