import { getHomeRails } from "@/lib/data/home"
import { listBrands } from "@/lib/data/products"
import { getForYou } from "@/lib/data/recommendations"
import { HomeTemplate } from "@/modules/home/templates/home-template"

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function HomePage({ searchParams }: { searchParams: SearchParams }) {
  const [rails, brands, params, forYou] = await Promise.all([getHomeRails(), listBrands(), searchParams, getForYou(4)])
  const featured = rails.find((r) => r.id === "bestsellers")?.products ?? rails[0]?.products ?? []
  return (
    <>
      {params.account === "deleted" ? (
        <p className="notice notice--ok" role="status" data-testid="account-deleted" style={{ marginBottom: "1rem" }}>
          Your account was deleted.
        </p>
      ) : null}
      <HomeTemplate featured={featured} rails={rails} brands={brands} forYou={forYou} />
    </>
  )
}
