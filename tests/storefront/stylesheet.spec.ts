// The storefront's stylesheet is one file; a single unclosed block in it turns every
// later rule into a nested rule that browsers drop, and nothing else notices (it
// happened: the consent banner, hearts, stars and reviews lost their styles).
import fs from "node:fs"
import path from "node:path"
import postcss from "postcss"
import type { Rule } from "postcss"

const file = path.join(__dirname, "..", "..", "storefront", "src", "styles", "globals.css")

function parse() {
  return postcss.parse(fs.readFileSync(file, "utf8"), { from: file })
}

describe("storefront/src/styles/globals.css", () => {
  it("parses: every block is closed", () => {
    expect(() => parse()).not.toThrow()
  })

  it("has no rule nested in another rule (only @media/@supports may hold rules)", () => {
    const nested: string[] = []
    parse().walkRules((rule: Rule) => {
      if (rule.parent?.type === "rule") {
        nested.push(`line ${rule.source?.start?.line}: "${rule.selector}" inside "${(rule.parent as Rule).selector}"`)
      }
    })
    expect(nested).toEqual([])
  })

  it("keeps the rules the pages rely on at the top level (banner, hearts, stars, rating input, lists)", () => {
    const selectors = new Set<string>()
    parse().walkRules((rule: Rule) => {
      if (rule.parent?.type === "root") selectors.add(rule.selector)
    })
    for (const selector of [".consent-banner", ".wishlist-button__heart", ".stars__empty", ".rating-input", ".entry-list__row"]) {
      expect(selectors).toContain(selector)
    }
  })
})
