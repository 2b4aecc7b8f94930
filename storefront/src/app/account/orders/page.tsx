import type { Metadata } from "next"
import { listOrders } from "@/lib/data/orders"
import { requireProfile } from "@/lib/data/session"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { OrdersTemplate } from "@/modules/account/templates/orders-template"

export const metadata: Metadata = { title: "Your orders" }

export default async function OrdersPage() {
  await requireProfile("/account/orders")
  const { orders } = await listOrders(50)
  return (
    <AccountLayout current="/account/orders">
      <OrdersTemplate orders={orders} />
    </AccountLayout>
  )
}
