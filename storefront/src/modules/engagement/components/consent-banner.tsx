import { getTrackingChoice } from "@/lib/data/tracking-consent"
import { ConsentBannerForm } from "@/modules/engagement/components/consent-banner-form"

/** Shown until the shopper answers; the answer is remembered in this browser. */
export async function ConsentBanner() {
  if (await getTrackingChoice()) return null
  return <ConsentBannerForm />
}
