import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder } from "@/lib/data/orders"
import { requireProfile } from "@/lib/data/session"
import { toOrderView } from "@/lib/util/order-view"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { OrderDetailsTemplate } from "@/modules/account/templates/order-details-template"

export const metadata: Metadata = { title: "Order details", robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/**
 * One order. Its customer reads it logged in; a guest follows the link in the
 * confirmation email, whose `email` and `token` prove access (the backend
 * checks them and answers 404 to anyone else).
 */
export default async function OrderDetailsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>
  searchParams: SearchParams
}) {
  const { id } = await params
  const { email, token } = await searchParams
  if (typeof email === "string" && typeof token === "string" && email && token) {
    const order = await getOrder(id, { email, token })
    if (!order) notFound()
    return <OrderDetailsTemplate order={toOrderView(order)} owner={false} />
  }
  await requireProfile(`/account/orders/details/${id}`)
  const order = await getOrder(id)
  if (!order) notFound()
  return (
    <AccountLayout current="/account/orders">
      <OrderDetailsTemplate order={toOrderView(order)} owner />
    </AccountLayout>
  )
}
