export * from "./issue-order-access-token"
export * from "./send-shipment-notification"
