import type { Metadata } from "next"
import { listPurchases } from "@/lib/data/purchases"
import { requireProfile } from "@/lib/data/session"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { PurchasesTemplate } from "@/modules/engagement/templates/purchases-template"

export const metadata: Metadata = { title: "Bought before" }

export default async function PurchasesPage() {
  await requireProfile("/account/purchases")
  const purchases = await listPurchases()
  return (
    <AccountLayout current="/account/purchases">
      <PurchasesTemplate purchases={purchases} />
    </AccountLayout>
  )
}
