import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { getSupportRequest } from "@/lib/data/support"
import { SupportRequestView } from "@/modules/support/templates/support-request-view"

export const metadata: Metadata = { title: "Your support request", robots: { index: false }, referrer: "no-referrer" }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** A guest's request, opened with the token from the link in their email (the backend checks it). */
export default async function GuestSupportRequestPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: SearchParams }) {
  const { id } = await params
  const { token, opened } = await searchParams
  if (typeof token !== "string" || !token) notFound()
  const request = await getSupportRequest(id, token)
  if (!request) notFound()
  return (
    <div className="narrow">
      <SupportRequestView request={request} supportToken={token} justOpened={opened === "1"} orderHref={null} newRequestHref="/support/new" />
    </div>
  )
}
