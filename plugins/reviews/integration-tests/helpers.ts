/** A valid review body; tests override the fields they are about. */
export function review(overrides: Record<string, unknown> = {}) {
  return { rating: 4, title: "Good potatoes", body: "Cooked well, firm and tasty.", ...overrides }
}
