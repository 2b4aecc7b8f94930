// The shopper's words for a request's category and status. A plain module, not
// the "use client" form: a server component importing an object from a client
// module gets a reference, not the object, and showed the raw values
// ("order_problem · open").
export const CATEGORY_LABELS: Record<string, string> = {
  order_problem: "A problem with an order",
  return: "A return",
  product_question: "A question about a product",
  other: "Something else",
}

export const STATUS_LABELS: Record<string, string> = {
  open: "Open — we will answer soon",
  waiting_for_customer: "Answered — waiting for you",
  closed: "Closed",
}
