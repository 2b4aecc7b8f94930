export * from "./create-brand"
export * from "./update-brand"
export * from "./delete-brand"
