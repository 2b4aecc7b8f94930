import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getStoreCustomer } from "@/lib/data/customer"
import { getOrder } from "@/lib/data/orders"
import { requireProfile } from "@/lib/data/session"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { OrderDetailsTemplate } from "@/modules/account/templates/order-details-template"

export const metadata: Metadata = { title: "Order details" }

export default async function OrderDetailsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  await requireProfile(`/account/orders/${id}`)
  const [order, customer] = await Promise.all([getOrder(id), getStoreCustomer()])
  // The account shows only the customer's own orders.
  if (!order || !customer || order.customer_id !== customer.id) notFound()
  return (
    <AccountLayout current="/account/orders">
      <OrderDetailsTemplate order={order} />
    </AccountLayout>
  )
}
