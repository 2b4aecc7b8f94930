/**
 * `?next=` after login (issue 21's open redirect: `/account/login?next=/\evil.example/`
 * sent the browser to another site). Every hostile form falls back to /account;
 * every same-site path survives. Each accepted value is also resolved the way a
 * browser resolves a Location header, and must stay on the site.
 */
import { safeNext } from "../../storefront/src/lib/util/safe-next"

const SITE = "https://shop.example"

const HOSTILE = [
  "//evil.example",
  "//evil.example/",
  "/\\evil.example/",
  "/\\/evil.example",
  "\\\\evil.example",
  "\\/evil.example",
  "/%2f%2fevil.example",
  "%2f%2fevil.example",
  "/%2F/evil.example",
  "/%5cevil.example",
  "/%5Cevil.example",
  "%5c%5cevil.example",
  "/%252f%252fevil.example",
  "/%25252f/evil.example",
  "https://evil.example",
  "http:evil.example",
  "javascript:alert(1)",
  "JaVaScRiPt:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "evil.example",
  "\t//evil.example",
  "/\t/evil.example",
  "/\n/evil.example",
  "/\r/evil.example",
  " //evil.example",
  "/ /evil.example",
  "/%09/evil.example",
  "/%0a/evil.example",
  "/%00/evil.example",
  "/\u0000/evil.example",
  "/\u3000/evil.example",
  "/\u2028/evil.example",
  "/\ufeff/evil.example",
  "///evil.example",
  "/%ff",
  "/%",
  "",
  "/" + "a".repeat(3000),
]

const SAFE: [string, string][] = [
  ["/", "/"],
  ["/account", "/account"],
  ["/account/orders?page=2", "/account/orders?page=2"],
  ["/products/prod_01#write-review", "/products/prod_01#write-review"],
  ["/account/privacy", "/account/privacy"],
  ["/search?q=%C3%A4pfel", "/search?q=%C3%A4pfel"],
]

describe("safeNext: the only way back after login is a path on this site", () => {
  it("has a corpus of at least 30 hostile forms", () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(30)
  })

  it.each(HOSTILE.map((value) => [JSON.stringify(value), value]))("refuses %s", (_label, value) => {
    expect(safeNext(value)).toBe("/account")
  })

  it.each(SAFE)("keeps %s", (value, expected) => {
    expect(safeNext(value)).toBe(expected)
    expect(new URL(safeNext(value), SITE).origin).toBe(SITE)
  })

  it("refuses what is not a string (repeated ?next= gives an array)", () => {
    expect(safeNext(["/account", "//evil.example"])).toBe("/account")
    expect(safeNext(undefined, "/")).toBe("/")
  })
})
