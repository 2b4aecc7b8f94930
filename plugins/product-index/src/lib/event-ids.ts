/** Event payloads carry `{ id }` with one id or, for module events, a list. */
export function idsOf(data: unknown): string[] {
  if (typeof data !== "object" || data === null) return []
  const { id } = data as { id?: unknown }
  const ids = Array.isArray(id) ? id : [id]
  return ids.filter((v): v is string => typeof v === "string" && v.length > 0)
}
