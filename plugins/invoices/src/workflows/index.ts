export * from "./issue-invoice"
export * from "./issue-credit-notes"
export * from "./send-invoice-email"
export * from "./update-invoice-settings"
