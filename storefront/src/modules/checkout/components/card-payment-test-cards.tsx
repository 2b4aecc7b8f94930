import { TEST_CARDS } from "@/lib/util/payment"

/** The mock processor takes no real cards: these numbers pick its answer. */
export function CardPaymentTestCards() {
  return (
    <details className="test-cards" data-testid="test-cards">
      <summary>Test cards (any future expiry date, any CVC)</summary>
      <ul>
        {TEST_CARDS.map((c) => (
          <li key={c.number}>
            <code>{c.number}</code> — {c.outcome}
          </li>
        ))}
      </ul>
    </details>
  )
}
