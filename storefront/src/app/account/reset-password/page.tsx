import type { Metadata } from "next"
import Link from "next/link"
import { ResetPasswordForm } from "@/modules/account/components/reset-password-form"

export const metadata: Metadata = { title: "Choose a new password", robots: { index: false } }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

/** Where the password-reset email links to, with ?token=…&email=…. */
export default async function ResetPasswordPage({ searchParams }: { searchParams: SearchParams }) {
  const { token, email } = await searchParams
  return (
    <section className="auth-card card stack">
      <h1>Choose a new password</h1>
      {typeof token === "string" && token ? (
        <ResetPasswordForm token={token} email={typeof email === "string" ? email : ""} />
      ) : (
        <p className="notice notice--error" role="alert">
          This link is incomplete. <Link prefetch={false} href="/account/forgot-password">Ask for a new one</Link>.
        </p>
      )}
    </section>
  )
}
