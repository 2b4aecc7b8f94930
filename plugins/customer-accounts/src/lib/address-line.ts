/**
 * The specification's one-line address ↔ Medusa's structured customer address.
 * "Musterstr. 13, 10000 Musterstadt" → address_1 "Musterstr. 13",
 * postal_code "10000", city "Musterstadt". A line without a
 * ", <4–5 digits> <city>" tail goes into address_1 as it is.
 */
export type StructuredAddress = {
  address_1: string
  postal_code: string | null
  city: string | null
}

const POSTAL_TAIL = /^(.+?),\s*(\d{4,5})\s+(\S.*)$/

export function parseAddressLine(line: string): StructuredAddress {
  const trimmed = line.trim()
  const match = POSTAL_TAIL.exec(trimmed)
  if (!match) {
    return { address_1: trimmed, postal_code: null, city: null }
  }
  return { address_1: match[1].trim(), postal_code: match[2], city: match[3].trim() }
}

export function formatAddressLine(address: {
  address_1?: string | null
  postal_code?: string | null
  city?: string | null
}): string | null {
  const street = address.address_1?.trim() || ""
  const place = [address.postal_code?.trim(), address.city?.trim()].filter(Boolean).join(" ")
  const line = [street, place].filter(Boolean).join(", ")
  return line || null
}
