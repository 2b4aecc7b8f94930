import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getAuthToken } from "@/lib/data/cookies"
import { SupportForm } from "@/modules/support/components/support-form"

export const metadata: Metadata = { title: "Contact support", robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

const one = (value: string | string[] | undefined) => (typeof value === "string" && value ? value : null)

/**
 * Support for shoppers without an account. Coming from a guest order's page,
 * the order's email and token (from the confirmation email) prove the order
 * is theirs; answers go to the email they give.
 */
export default async function GuestSupportPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const orderId = one(params.order_id)
  if (await getAuthToken()) {
    redirect(`/account/support/new${orderId ? `?order_id=${encodeURIComponent(orderId)}` : ""}`)
  }
  const email = one(params.email)
  const token = one(params.token)
  const proof = orderId && email && token ? { email, token } : null
  return (
    <section className="stack narrow">
      <h1>Contact support</h1>
      <p className="muted">Tell us what you need; we answer by email, usually within one working day.</p>
      <SupportForm guest orderId={proof ? orderId : null} orderProof={proof} defaultEmail={email ?? ""} />
    </section>
  )
}
