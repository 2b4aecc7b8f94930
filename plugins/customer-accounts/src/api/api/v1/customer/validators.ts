import { z } from "@medusajs/framework/zod"
import {
  addressLine,
  birthday,
  email,
  field,
  optionalField,
  password,
  personName,
  phone,
  title,
  username,
} from "../../../../lib/account-fields"

/**
 * POST /api/v1/customer/registration/ — every field flat or as a
 * `{type, value, required}` descriptor; unknown fields are dropped.
 */
export const ApiV1CustomerRegistration = z.object({
  username: field(username),
  first_name: field(personName),
  last_name: field(personName),
  password: field(password),
  email: field(email),
  address: field(addressLine),
  phone: field(phone),
  title: optionalField(title),
  birthday: optionalField(birthday),
})
export type ApiV1CustomerRegistrationType = z.infer<typeof ApiV1CustomerRegistration>

const loginName = z.string({ error: "must be a string" }).trim().min(1, "must not be empty").max(254, "must be at most 254 characters")

/** POST /api/v1/customer/login/ — `login` is a username or an email; `username` or `email` may be sent instead. */
export const ApiV1CustomerLogin = z
  .object({
    login: loginName.optional(),
    username: loginName.optional(),
    email: loginName.optional(),
    password: z.string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") }).min(1, "is required"),
  })
  .superRefine((body, ctx) => {
    if (body.login === undefined && body.username === undefined && body.email === undefined) {
      ctx.addIssue({ code: "custom", path: ["login"], message: "is required (a username or an email)" })
    }
  })
  .transform((body) => ({ login: (body.login ?? body.username ?? body.email) as string, password: body.password }))
export type ApiV1CustomerLoginType = z.infer<typeof ApiV1CustomerLogin>

/**
 * POST /api/v1/customer/me/ — any subset of the profile; null or "" clears
 * title and birthday. The email is the login identity and is not changed here.
 */
export const ApiV1CustomerUpdate = z.object({
  username: field(username).optional(),
  first_name: field(personName).optional(),
  last_name: field(personName).optional(),
  phone: field(phone).optional(),
  address: field(addressLine).optional(),
  title: optionalField(title),
  birthday: optionalField(birthday),
})
export type ApiV1CustomerUpdateType = z.infer<typeof ApiV1CustomerUpdate>

/** POST /api/v1/customer/me/password/ */
export const ApiV1CustomerPasswordChange = z.object({
  current_password: z.string({ error: (issue) => (issue.input === undefined ? "is required" : "must be a string") }).min(1, "is required"),
  new_password: password,
})
export type ApiV1CustomerPasswordChangeType = z.infer<typeof ApiV1CustomerPasswordChange>

/** What GET /api/v1/customer/me/ answers. */
export const ApiV1CustomerProfile = z.object({
  id: z.string(),
  username: z.string().nullable(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  email: z.string(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  birthday: z.string().nullable().describe("YYYY-MM-DD"),
  address: z.string().nullable().describe("the default address as one line"),
})
export type ApiV1CustomerProfileType = z.infer<typeof ApiV1CustomerProfile>

export const ApiV1RegistrationCreated = z.object({
  id: z.string(),
  username: z.string(),
  first_name: z.string(),
  email: z.string(),
})

export const ApiV1LoginResponse = z.object({
  token: z.string().describe("JWT for Authorization: Bearer"),
  customer: z.object({ id: z.string(), username: z.string().nullable(), first_name: z.string().nullable(), email: z.string() }),
})

export const ApiV1Error = z.object({
  errorMessage: z.string(),
  errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
})
