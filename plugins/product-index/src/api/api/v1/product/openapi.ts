import { defineApiV1Operation } from "@shop/api-v1/lib/openapi"
import { ApiV1Error, ApiV1Product, ApiV1ProductList, ApiV1ProductListQuery, ApiV1ProductParams } from "./validators"

const banana = {
  name: "Banana",
  image: "http://127.0.0.1:9000/static/banana.png",
  price: 3,
  description: "this is a banana",
  brand: "Chiquita",
  stock: 2,
  id: "prod_01JBANANA000000000000000000",
  handle: "banana",
  currency_code: "eur",
  rating: 4.33,
  rating_count: 3,
}

const examples = [
  banana,
  {
    name: "Apple",
    image: "http://127.0.0.1:9000/static/apple.png",
    price: 2,
    description: "this is an apple",
    brand: "Pink Lady",
    stock: 1,
    id: "prod_01JAPPLE0000000000000000000",
    handle: "apple",
    currency_code: "eur",
    rating: null,
    rating_count: 0,
  },
  {
    name: "Kiwi",
    image: "http://127.0.0.1:9000/static/kiwi.png",
    price: 4,
    description: "this a kiwi",
    brand: "Zespri",
    stock: 3,
    id: "prod_01JKIWI00000000000000000000",
    handle: "kiwi",
    currency_code: "eur",
    rating: null,
    rating_count: 0,
  },
]

const invalidInput = {
  description: "A parameter is invalid (unknown order, limit outside 1–200, a repeated or non-numeric value, q too long, …).",
  schema: ApiV1Error,
  example: { errorMessage: "Invalid Input", errors: [{ field: "limit", message: "limit must be at most 200" }] },
}

export const listProductsOperation = defineApiV1Operation({
  method: "get",
  path: "/api/v1/product/",
  summary: "List the catalogue",
  description:
    "Published products in the specification's shape, one page at a time. The total number of matches is in " +
    "the X-Total-Count header. Served from a read model kept current by events: a change (price, stock, order, " +
    "brand, publication) shows within a second.",
  tags: ["Products"],
  query: ApiV1ProductListQuery,
  responses: {
    200: {
      description: "The page of products (an empty array past the end).",
      schema: ApiV1ProductList,
      example: examples,
      headers: {
        "X-Total-Count": { description: "How many products match, over all pages.", schema: { type: "integer", minimum: 0 } },
      },
    },
    400: invalidInput,
  },
})

export const retrieveProductOperation = defineApiV1Operation({
  method: "get",
  path: "/api/v1/product/{id}/",
  summary: "One product",
  description: "A published product in the same shape as in the list.",
  tags: ["Products"],
  params: ApiV1ProductParams,
  responses: {
    200: { description: "The product.", schema: ApiV1Product, example: banana },
    404: {
      description: "No published product has this id.",
      schema: ApiV1Error,
      example: { errorMessage: "Not Found" },
    },
  },
})
