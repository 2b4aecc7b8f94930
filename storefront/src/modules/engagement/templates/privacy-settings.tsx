import { getTrackingChoice } from "@/lib/data/tracking-consent"
import { ConsentSettings } from "@/modules/engagement/components/consent-settings"

/** The consent banner's question, answerable again at any time (footer and account). */
export async function PrivacySettings({ headingLevel = 2 }: { headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? "h1" : "h2"
  return (
    <section className="card stack" aria-labelledby="privacy-settings-title" data-testid="privacy-settings">
      <Heading id="privacy-settings-title">Privacy settings</Heading>
      <p className="muted">
        With your consent we remember which products you look at, only in this shop, for &ldquo;Recently viewed&rdquo;
        and recommendations. Withdrawing it deletes that history.
      </p>
      <ConsentSettings current={await getTrackingChoice()} />
    </section>
  )
}
