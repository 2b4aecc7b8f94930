export * from "./send-email"
export * from "./send-order-confirmation"
export * from "./retry-email-delivery"
export * from "./send-templated-email"
