import { checkAndTokenize } from "../card-input"
import { TEST_CARDS, detectBrand, isExpired, passesLuhn, tokenizeCard } from "../cards"
import { formatMinorUnits, fromMinorUnits, toMinorUnits } from "../money"

const NOW = new Date(Date.UTC(2026, 10, 24)) // 24 Nov 2026

describe("mock-card processor rules", () => {
  it("every documented test card passes the Luhn check and has its outcome", () => {
    for (const number of Object.keys(TEST_CARDS)) {
      expect(passesLuhn(number)).toBe(true)
    }
    expect(Object.values(TEST_CARDS).sort()).toEqual(
      ["authorize", "capture_fails", "decline", "expired_card", "incorrect_cvc", "insufficient_funds", "processing_error", "three_d_secure"]
    )
  })

  it("checks the Luhn digit", () => {
    expect(passesLuhn("4242424242424242")).toBe(true)
    expect(passesLuhn("4242424242424241")).toBe(false)
    expect(passesLuhn("79927398713")).toBe(true)
    expect(passesLuhn("4242x42424242424")).toBe(false)
  })

  it("tells brands apart", () => {
    expect(detectBrand("4242424242424242")).toBe("visa")
    expect(detectBrand("5555555555554444")).toBe("mastercard")
    expect(detectBrand("2223003122003222")).toBe("mastercard")
    expect(detectBrand("378282246310005")).toBe("amex")
    expect(detectBrand("6011111111111117")).toBe("discover")
    expect(detectBrand("3056930009020004")).toBe("diners")
    expect(detectBrand("3566002020360505")).toBe("jcb")
    expect(detectBrand("6200000000000005")).toBe("unionpay")
    expect(detectBrand("9999999999999995")).toBe("unknown")
  })

  it("treats a card as valid through the last day of its expiry month", () => {
    expect(isExpired(11, 2026, NOW)).toBe(false)
    expect(isExpired(10, 2026, NOW)).toBe(true)
    expect(isExpired(1, 2027, NOW)).toBe(false)
    expect(isExpired(12, 2025, NOW)).toBe(true)
  })

  it("keeps only brand, last four digits and the verdict", () => {
    const result = tokenizeCard({ number: "4000 0000 0000 9995", exp_month: 1, exp_year: 2030, cvc: "123" }, NOW)
    expect(result).toEqual({ ok: true, card: { brand: "visa", last4: "9995", outcome: "insufficient_funds" } })
    expect(JSON.stringify(result)).not.toContain("4000")
  })

  it.each([
    [{ number: "4242 4242 4242 4241", exp_month: 1, exp_year: 2030, cvc: "123" }, "data.card.number", /Luhn/],
    [{ number: "4242-4242-4242-4242", exp_month: 10, exp_year: 2026, cvc: "123" }, "data.card.exp_year", /expired/],
    [{ number: "4242424242424242", exp_month: 1, exp_year: 2030, cvc: "12" }, "data.card.cvc", /3 or 4 digits/],
    [{ number: "4242424242424242", exp_month: "13", exp_year: "30", cvc: "123" }, "data.card.exp_month", /between 1 and 12/],
    [{ number: "4242424242424242", exp_month: 1, exp_year: 2090, cvc: "123" }, "data.card.exp_year", /too far/],
    [{ number: "4242424242424242", exp_month: 1, cvc: "123" }, "data.card.exp_year", /is required/],
    [{ number: "4242424242424242", exp_month: 1, exp_year: 2030, cvc: "123", pin: "1234" }, "data.card", /unknown field\(s\): pin/],
  ])("refuses %j with a message about %s", (input, field, message) => {
    const result = checkAndTokenize(input, "data.card", NOW)
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.field).toBe(field)
      expect(result.message).toMatch(message)
      expect(result.message).not.toMatch(/4242/)
    }
  })

  it("accepts two-digit years and numeric strings", () => {
    expect(checkAndTokenize({ number: "4242424242424242", exp_month: "01", exp_year: "30", cvc: "0123" }, "data.card", NOW).ok).toBe(true)
  })

  it("converts money to integer minor units exactly", () => {
    expect(toMinorUnits(18.897, "eur")).toBe(1890)
    expect(toMinorUnits({ value: "0.1", precision: 20 }, "eur") + toMinorUnits(0.2, "eur")).toBe(30)
    expect(toMinorUnits(1234, "jpy")).toBe(1234)
    expect(fromMinorUnits(1890, "eur")).toBe("18.9")
    expect(formatMinorUnits(1890, "eur")).toBe("18.90")
    expect(() => toMinorUnits(-1, "eur")).toThrow(RangeError)
  })
})
