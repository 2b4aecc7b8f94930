/**
 * Where a visitor may be sent after logging in (`?next=`): a path on this
 * site and nothing else. Browsers read `/\evil.example`, `//evil.example`,
 * `/%5cevil.example` (once decoded) and `\t//evil.example` (they strip tabs and
 * newlines) as another host, so anything but a plain absolute path is
 * refused, in every percent-decoded form too. Plain TypeScript, no Next
 * import: the corpus test in tests/security imports it directly.
 */

const FALLBACK = "/account"
const MAX_LENGTH = 2048
/** Control characters, any whitespace (browsers drop tab/CR/LF in URLs) and the backslash browsers read as "/". */
const FORBIDDEN = /[\u0000-\u001f\u007f-\u009f\s\\\u2028\u2029\ufeff]/
const PLACEHOLDER_ORIGIN = "http://next.invalid"

function looksSafe(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !FORBIDDEN.test(path)
}

/** Each percent-decoding of `value` until it stops changing; null when one is malformed. */
function decodings(value: string): string[] | null {
  const forms = [value]
  let current = value
  for (let i = 0; i < 4; i++) {
    let decoded: string
    try {
      decoded = decodeURIComponent(current)
    } catch {
      return null
    }
    if (decoded === current) return forms
    forms.push(decoded)
    current = decoded
  }
  return null
}

/** `value` when it is a same-origin path, else `fallback`. */
export function safeNext(value: unknown, fallback: string = FALLBACK): string {
  if (typeof value !== "string" || value.length === 0 || value.length > MAX_LENGTH) return fallback
  const forms = decodings(value)
  if (!forms || !forms.every(looksSafe)) return fallback
  let resolved: URL
  try {
    resolved = new URL(value, PLACEHOLDER_ORIGIN)
  } catch {
    return fallback
  }
  if (resolved.origin !== PLACEHOLDER_ORIGIN) return fallback
  return `${resolved.pathname}${resolved.search}${resolved.hash}`
}
