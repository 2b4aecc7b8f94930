/**
 * One cache tag per resource. Reads tag their fetches with these, and every
 * change revalidates the tag it touched.
 */
export const tags = {
  products: "products",
  product: (id: string) => `product-${id}`,
  brands: "brands",
  regions: "regions",
}
