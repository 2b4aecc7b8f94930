import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getOrder, getOrderTracking } from "@/lib/data/orders"
import { requireProfile } from "@/lib/data/session"
import { listSupportRequests } from "@/lib/data/support"
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
    const proof = { email, token }
    const [order, tracking] = await Promise.all([getOrder(id, proof), getOrderTracking(id, proof)])
    if (!order) notFound()
    const supportHref = `/support/new?${new URLSearchParams({ order_id: id, email, token })}`
    return <OrderDetailsTemplate order={toOrderView(order)} owner={false} tracking={tracking} supportHref={supportHref} />
  }
  await requireProfile(`/account/orders/details/${id}`)
  const [order, tracking, supportRequests] = await Promise.all([getOrder(id), getOrderTracking(id), listSupportRequests(id)])
  if (!order) notFound()
  return (
    <AccountLayout current="/account/orders">
      <OrderDetailsTemplate
        order={toOrderView(order)}
        owner
        tracking={tracking}
        supportHref={`/account/support/new?order_id=${encodeURIComponent(id)}`}
        supportRequests={supportRequests}
      />
    </AccountLayout>
  )
}
