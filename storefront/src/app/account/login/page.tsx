import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { getProfile } from "@/lib/data/customer"
import { safeNext } from "@/lib/util/safe-next"
import { LoginForm } from "@/modules/account/components/login-form"

export const metadata: Metadata = { title: "Log in" }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function LoginPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams
  const next = safeNext(params.next)
  if (await getProfile()) redirect(next)
  return (
    <section className="auth-card card stack">
      <h1>Log in</h1>
      {params.reset ? (
        <p className="notice notice--ok" role="status" data-testid="password-reset-done">
          Your new password is set. Please log in.
        </p>
      ) : null}
      {params.registered ? (
        <p className="notice notice--ok" role="status">
          Your account was created. Please log in.
        </p>
      ) : null}
      <LoginForm next={next} />
    </section>
  )
}
