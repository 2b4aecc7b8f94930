/** Invoice dates are calendar days in the seller's time zone (INVOICE_TIMEZONE, default Europe/Berlin). */
export function invoiceTimeZone(): string {
  return process.env.INVOICE_TIMEZONE || "Europe/Berlin"
}

// Building an Intl.DateTimeFormat costs far more than using one: one per time zone.
const dayFormats = new Map<string, Intl.DateTimeFormat>()

function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone)
  if (!format) {
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    dayFormats.set(timeZone, format)
  }
  return format
}

/** "YYYY-MM-DD" of an instant in the invoicing time zone. */
export function calendarDate(at: Date, timeZone: string = invoiceTimeZone()): string {
  const parts = dayFormat(timeZone).formatToParts(at)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ""
  return `${get("year")}-${get("month")}-${get("day")}`
}

export function calendarYear(at: Date, timeZone: string = invoiceTimeZone()): number {
  return Number(calendarDate(at, timeZone).slice(0, 4))
}

/** "2026-11-24" → "24.11.2026" (the format German invoices use). */
export function displayDate(isoDate: string): string {
  const [y, m, d] = isoDate.split("-")
  return `${d}.${m}.${y}`
}
