/** Events the brand workflows emit (payload `{ id }`), named like Medusa's own workflow events. */
export const BrandWorkflowEvents = {
  CREATED: "brand.created",
  UPDATED: "brand.updated",
  DELETED: "brand.deleted",
} as const
