const formatters = new Map<string, Intl.NumberFormat>()

/**
 * Formats an amount as the backend sends it (major units: Medusa's totals and
 * the api/v1 price) for display. Formatting only; no arithmetic on money here.
 */
export function formatMoney(amount: number | string | null | undefined, currencyCode = "eur"): string {
  const value = typeof amount === "string" ? Number(amount) : (amount ?? 0)
  const code = currencyCode.toUpperCase()
  let formatter = formatters.get(code)
  if (!formatter) {
    formatter = new Intl.NumberFormat("en-IE", { style: "currency", currency: code })
    formatters.set(code, formatter)
  }
  return formatter.format(Number.isFinite(value) ? value : 0)
}
