export * from "./update-recommendations"
export * from "./customer-data/recommendations-section"
