/** A throttle's Retry-After in words a shopper reads: "20 minutes", not "1163 seconds". */
export function waitInWords(seconds: number): string {
  if (seconds < 60) {
    const s = Math.max(1, Math.ceil(seconds))
    return `${s} second${s === 1 ? "" : "s"}`
  }
  if (seconds < 3600) {
    const m = Math.ceil(seconds / 60)
    return `${m} minute${m === 1 ? "" : "s"}`
  }
  const h = Math.ceil(seconds / 3600)
  return `${h} hour${h === 1 ? "" : "s"}`
}
