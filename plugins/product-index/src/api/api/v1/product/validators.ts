import { z } from "@medusajs/framework/zod"
import { PRODUCT_INDEX_ORDERS } from "../../../../modules/product-index/types"

export const LIMIT_DEFAULT = 50
export const LIMIT_MAX = 200
/** Offsets past any real catalogue; larger numbers are refused rather than parsed loosely. */
export const OFFSET_MAX = 1_000_000_000
export const Q_MAX_LENGTH = 200
export const BRAND_MAX_LENGTH = 100

// PostgreSQL text cannot hold NUL, and no product text has control characters.
const NO_CONTROL_CHARACTERS = /^[^\u0000-\u001f\u007f]*$/

// Express hands a repeated parameter over as an array and `a[b]=c` as an
// object: `z.string()` refuses both, so every parameter is a single value.
const wholeNumber = (name: string, min: number, max: number) =>
  z
    .string()
    .regex(/^[0-9]{1,10}$/, `${name} must be a whole number`)
    .transform(Number)
    .pipe(z.number().int().min(min, `${name} must be at least ${min}`).max(max, `${name} must be at most ${max}`))

/** GET /api/v1/product/ query. Unknown parameters are ignored. */
export const ApiV1ProductListQuery = z.object({
  q: z
    .string()
    .max(Q_MAX_LENGTH, `q must be at most ${Q_MAX_LENGTH} characters`)
    .regex(NO_CONTROL_CHARACTERS, "q must not contain control characters")
    .optional()
    .describe("Text searched (case-insensitively) in the name, description and brand."),
  brand: z
    .string()
    .max(BRAND_MAX_LENGTH, `brand must be at most ${BRAND_MAX_LENGTH} characters`)
    .regex(NO_CONTROL_CHARACTERS, "brand must not contain control characters")
    .optional()
    .describe("Only products of this brand (the brand's name, any case)."),
  limit: wholeNumber("limit", 1, LIMIT_MAX)
    .optional()
    .describe(`How many products to return: ${1}–${LIMIT_MAX}, default ${LIMIT_DEFAULT}.`)
    .meta({ examples: ["20"] }),
  offset: wholeNumber("offset", 0, OFFSET_MAX)
    .optional()
    .describe("How many products to skip, default 0.")
    .meta({ examples: ["0"] }),
  order: z
    .enum(PRODUCT_INDEX_ORDERS)
    .optional()
    .describe("Sort order: name (default), price, -price (highest first), created_at, -created_at (newest first)."),
})
export type ApiV1ProductListQueryType = z.infer<typeof ApiV1ProductListQuery>

export const ApiV1ProductParams = z.object({
  id: z.string().describe("The product's id, e.g. prod_01…"),
})

/** One product in the specification's shape. */
export const ApiV1Product = z.object({
  name: z.string().describe("The product's title"),
  image: z.string().nullable().describe("Absolute URL of the product's thumbnail, null if it has none"),
  price: z
    .number()
    .nonnegative()
    .nullable()
    .describe("Lowest variant price in the default region's currency, in major units (null if no variant has a price)"),
  description: z.string().nullable(),
  brand: z.string().nullable().describe("The brand's name, null if it has none"),
  stock: z.number().int().nonnegative().describe("Units available now: stocked − reserved at the default sales channel's locations"),
  id: z.string(),
  handle: z.string(),
  currency_code: z.string().nullable().describe("Currency of `price` (ISO 4217, lower case)"),
  rating: z
    .number()
    .min(1)
    .max(5)
    .nullable()
    .describe("Average of the approved reviews' ratings (1–5, 2 decimals); null without approved reviews"),
  rating_count: z.number().int().nonnegative().describe("How many approved reviews the rating is over"),
})

export const ApiV1ProductList = z.array(ApiV1Product)

export const ApiV1Error = z.object({
  errorMessage: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})
