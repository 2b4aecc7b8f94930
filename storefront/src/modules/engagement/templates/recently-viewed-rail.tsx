import { getAuthToken } from "@/lib/data/cookies"
import { listRecentlyViewedIds } from "@/lib/data/engagement"
import type { CatalogueProduct } from "@/lib/data/products"
import { getProduct } from "@/lib/data/products"
import { getTrackingChoice } from "@/lib/data/tracking-consent"
import { getVisitorId } from "@/lib/data/visitor"
import { ProductRail } from "@/modules/home/components/product-rail"

/** "Recently viewed": the shopper's own last views (with consent), without the product being shown. */
export async function RecentlyViewedRail({ excludeProductId }: { excludeProductId: string }) {
  if ((await getTrackingChoice()) !== "granted") return null
  const ids = await listRecentlyViewedIds({ token: await getAuthToken(), visitorId: await getVisitorId() }, excludeProductId, 4)
  if (!ids.length) return null
  const products = (await Promise.all(ids.map((id) => getProduct(id)))).filter((p): p is CatalogueProduct => p !== null)
  return <ProductRail id="recently-viewed" title="Recently viewed" products={products} />
}
