export * from "./register-customer"
export * from "./update-customer-account"
export * from "./erase-customer"
export * from "./customer-data/export-orders"
