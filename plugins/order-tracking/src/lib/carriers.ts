/**
 * The parcel carriers the store knows: their display name, how to build a
 * public tracking link from a tracking number, and the web hosts their
 * tracking pages live on (to recognise a carrier from a link the merchant
 * pasted into Medusa's own shipment form).
 */
export type Carrier = {
  code: string
  name: string
  trackingUrl: (trackingNumber: string) => string
  hosts: string[]
}

const encode = encodeURIComponent

export const CARRIERS: Carrier[] = [
  {
    code: "dhl",
    name: "DHL",
    trackingUrl: (n) => `https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=${encode(n)}`,
    hosts: ["dhl.de", "dhl.com"],
  },
  {
    code: "dpd",
    name: "DPD",
    trackingUrl: (n) => `https://tracking.dpd.de/status/de_DE/parcel/${encode(n)}`,
    hosts: ["dpd.de", "dpd.com"],
  },
  {
    code: "ups",
    name: "UPS",
    trackingUrl: (n) => `https://www.ups.com/track?tracknum=${encode(n)}`,
    hosts: ["ups.com"],
  },
  {
    code: "hermes",
    name: "Hermes",
    trackingUrl: (n) => `https://www.myhermes.de/empfangen/sendungsverfolgung/sendungsinformation/#${encode(n)}`,
    hosts: ["myhermes.de", "hermesworld.com", "hermes-europe.co.uk"],
  },
  {
    code: "gls",
    name: "GLS",
    trackingUrl: (n) => `https://gls-group.com/DE/de/paketverfolgung?match=${encode(n)}`,
    hosts: ["gls-group.com", "gls-group.eu", "gls-pakete.de"],
  },
  {
    code: "fedex",
    name: "FedEx",
    trackingUrl: (n) => `https://www.fedex.com/fedextrack/?trknbr=${encode(n)}`,
    hosts: ["fedex.com"],
  },
]

export const CARRIER_CODES = CARRIERS.map((c) => c.code)

/** The carrier for a code, case-insensitively ("DHL", "dhl"); undefined when unknown. */
export function findCarrier(code: string | null | undefined): Carrier | undefined {
  if (typeof code !== "string") return undefined
  const wanted = code.trim().toLowerCase()
  return CARRIERS.find((c) => c.code === wanted)
}

/** The carrier whose tracking site a URL points to (https://www.dhl.de/… → DHL). */
export function carrierFromUrl(url: string | null | undefined): Carrier | undefined {
  if (!url) return undefined
  let host: string
  try {
    host = new URL(url).hostname.toLowerCase()
  } catch {
    return undefined
  }
  return CARRIERS.find((c) => c.hosts.some((h) => host === h || host.endsWith(`.${h}`)))
}

/** A link the customer may follow: only http(s) URLs, never Medusa's "#" placeholder. */
export function usableUrl(url: string | null | undefined): string | null {
  if (!url || url === "#") return null
  try {
    const parsed = new URL(url)
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.toString() : null
  } catch {
    return null
  }
}

export type TrackingLink = { tracking_number: string; tracking_url: string | null }

/**
 * The tracking link of one parcel: the merchant's own link when they gave one,
 * otherwise the carrier's public tracking page for the number.
 */
export function trackingLink(carrier: Carrier | undefined, trackingNumber: string, givenUrl?: string | null): TrackingLink {
  const own = usableUrl(givenUrl)
  return {
    tracking_number: trackingNumber,
    tracking_url: own ?? (carrier && trackingNumber ? carrier.trackingUrl(trackingNumber) : null),
  }
}
