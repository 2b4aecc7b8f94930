export const brandFields = ["id", "name", "description", "logo", "created_at", "updated_at"]

export const retrieveBrandQueryConfig = {
  defaults: brandFields,
  isList: false,
}

export const listBrandsQueryConfig = {
  defaults: brandFields,
  defaultLimit: 50,
  isList: true,
}
