import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { requireProfile } from "@/lib/data/session"
import { getSupportRequest } from "@/lib/data/support"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { SupportRequestView } from "@/modules/support/templates/support-request-view"

export const metadata: Metadata = { title: "Support request", robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function SupportRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params
  const { opened } = await searchParams
  await requireProfile(`/account/support/${id}`)
  const request = await getSupportRequest(id)
  if (!request) notFound()
  return (
    <AccountLayout current="/account/support">
      <p>
        <Link prefetch={false} href="/account/support">
          ← All requests
        </Link>
      </p>
      <SupportRequestView
        request={request}
        justOpened={opened === "1"}
        orderHref={request.order_id ? `/account/orders/details/${request.order_id}` : null}
        newRequestHref="/account/support/new"
      />
    </AccountLayout>
  )
}
