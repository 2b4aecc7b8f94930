import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "@/lib/config"
import { tags } from "@/lib/data/cache-tags"

/**
 * The region carts are priced in. The store sells in one region (Europe,
 * EUR); should there be several, the first is the default.
 */
export async function getDefaultRegion(): Promise<HttpTypes.StoreRegion> {
  const { regions } = await sdk.client.fetch<HttpTypes.StoreRegionListResponse>("/store/regions", {
    query: { fields: "id,name,currency_code,*countries", limit: 20 },
    next: { tags: [tags.regions], revalidate: 3600 },
  })
  const region = regions[0]
  if (!region) throw new Error("The store has no region: run the seed (npm run seed).")
  return region
}
