import type { Metadata } from "next"
import { PrivacySettings } from "@/modules/engagement/templates/privacy-settings"

export const metadata: Metadata = { title: "Privacy settings" }

export default async function PrivacySettingsPage() {
  return (
    <div className="narrow">
      <PrivacySettings headingLevel={1} />
    </div>
  )
}
