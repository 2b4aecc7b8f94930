export * from "./refresh-product-index"
export * from "./types"
