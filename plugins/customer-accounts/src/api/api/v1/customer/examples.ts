/** The contract's examples (/work/shared/api-contract.md), reused by the OpenAPI operations and the README. */
export const REGISTRATION_EXAMPLE = {
  username: "maxm",
  first_name: "Max",
  last_name: "Mustermann",
  password: "maxpw2024!",
  email: "max.mustermann@email.com",
  address: "Musterstr. 13, 10000 Musterstadt",
  phone: "+4014516266",
  title: "Mr.",
  birthday: "1990-01-01",
}

export const REGISTRATION_DESCRIPTOR_EXAMPLE = Object.fromEntries(
  Object.entries(REGISTRATION_EXAMPLE).map(([name, value]) => [
    name,
    { type: "str", value, required: !["title", "birthday"].includes(name) },
  ])
)

export const CUSTOMER_ID_EXAMPLE = "cus_01JF8ZK4Q4D8Q0M3Y5W0N8X2AB"

export const PROFILE_EXAMPLE = {
  id: CUSTOMER_ID_EXAMPLE,
  username: "maxm",
  first_name: "Max",
  last_name: "Mustermann",
  email: "max.mustermann@email.com",
  phone: "+4014516266",
  title: "Mr.",
  birthday: "1990-01-01",
  address: "Musterstr. 13, 10000 Musterstadt",
}

export const INVALID_INPUT_EXAMPLE = {
  errorMessage: "Invalid Input",
  errors: [{ field: "birthday", message: "must be a real date YYYY-MM-DD, not in the future" }],
}

export const UNAUTHORIZED_EXAMPLE = { errorMessage: "Unauthorized" }
export const TOO_MANY_EXAMPLE = { errorMessage: "Too Many Requests" }

export const RETRY_AFTER_HEADER = {
  "Retry-After": { description: "seconds until the client may try again", schema: { type: "integer", minimum: 1 } },
}
