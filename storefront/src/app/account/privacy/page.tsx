import type { Metadata } from "next"
import { requireProfile } from "@/lib/data/session"
import { DeleteAccountForm } from "@/modules/account/components/delete-account-form"
import { AccountLayout } from "@/modules/account/templates/account-layout"
import { PrivacySettings } from "@/modules/engagement/templates/privacy-settings"

export const metadata: Metadata = { title: "Your data" }

export default async function PrivacyPage() {
  await requireProfile("/account/privacy")
  return (
    <AccountLayout current="/account/privacy">
      <h1>Your data</h1>
      <PrivacySettings />
      <section className="card stack" aria-labelledby="export-title">
        <h2 id="export-title">Download your data</h2>
        <p className="muted">Everything we keep about you — profile, addresses and orders — as one JSON file.</p>
        <p>
          <a href="/account/export" download className="button button--secondary" data-testid="export-data">
            Download my data
          </a>
        </p>
      </section>
      <section className="card stack" aria-labelledby="delete-title">
        <h2 id="delete-title">Delete your account</h2>
        <p className="muted">
          This removes your account for good and logs you out. It cannot be undone.
        </p>
        <DeleteAccountForm />
      </section>
    </AccountLayout>
  )
}
