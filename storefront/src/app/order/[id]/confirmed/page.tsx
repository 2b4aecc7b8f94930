import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { getConfirmedOrder } from "@/lib/data/orders"
import { OrderConfirmedTemplate } from "@/modules/order/templates/order-confirmed-template"

export const metadata: Metadata = { title: "Order confirmed", robots: { index: false } }

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const [order, token] = await Promise.all([getConfirmedOrder(id), getAuthToken()])
  if (!order) notFound()
  return <OrderConfirmedTemplate order={order} loggedIn={!!token} />
}
