/** Escapes LIKE/ILIKE wildcards so a user's text matches literally. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`)
}
