import type { Metadata } from "next"
import Link from "next/link"
import { listOrders } from "@/lib/data/orders"
import { requireProfile } from "@/lib/data/session"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { SupportForm } from "@/modules/support/components/support-form"

export const metadata: Metadata = { title: "New support request", robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function NewSupportRequestPage({ searchParams }: { searchParams: SearchParams }) {
  const { order_id } = await searchParams
  const orderId = typeof order_id === "string" ? order_id : null
  await requireProfile(`/account/support/new${orderId ? `?order_id=${encodeURIComponent(orderId)}` : ""}`)
  const { orders } = await listOrders(50)
  const choices = orders.map((o) => ({
    id: o.id,
    label: `#${o.display_id} of ${new Date(o.created_at).toLocaleDateString("en-IE", { dateStyle: "medium" })}`,
  }))
  return (
    <AccountLayout current="/account/support">
      <section className="stack">
        <p>
          <Link prefetch={false} href="/account/support">
            ← All requests
          </Link>
        </p>
        <h1>Ask us something</h1>
        <SupportForm guest={false} orders={choices} orderId={orderId} />
      </section>
    </AccountLayout>
  )
}
