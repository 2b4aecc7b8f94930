import type { Metadata } from "next"
import { requireProfile } from "@/lib/data/session"
import { PasswordForm } from "@/modules/account/components/password-form"
import { ProfileForm } from "@/modules/account/components/profile-form"
import { AccountLayout } from "@/modules/account/templates/account-layout"

export const metadata: Metadata = { title: "Your account" }

type SearchParams = Promise<Record<string, string | string[] | undefined>>

export default async function AccountPage({ searchParams }: { searchParams: SearchParams }) {
  const profile = await requireProfile("/account")
  const welcome = !!(await searchParams).welcome
  return (
    <AccountLayout current="/account">
      <h1 data-testid="account-greeting">Hello, {profile.first_name}</h1>
      {welcome ? (
        <p className="notice notice--ok" role="status" data-testid="welcome">
          Welcome! Your account is ready.
        </p>
      ) : null}
      <section className="card stack" aria-labelledby="profile-title">
        <h2 id="profile-title">Your profile</h2>
        <ProfileForm profile={profile} />
      </section>
      <section className="card stack" aria-labelledby="password-title">
        <h2 id="password-title">Password</h2>
        <PasswordForm />
      </section>
    </AccountLayout>
  )
}
