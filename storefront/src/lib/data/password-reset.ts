"use server"

import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { errorStatus } from "@/lib/util/errors"
import type { FormState } from "@/lib/util/forms"
import { text } from "@/lib/util/forms"

/**
 * Medusa's own reset flow: the backend mails a link to
 * /account/reset-password?token=…&email=… (@shop/notifications).
 */
export async function requestPasswordReset(_prev: FormState, formData: FormData): Promise<FormState> {
  const email = text(formData, "email")
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) {
    return { fieldErrors: { email: "Enter the email address of your account." }, values: { email } }
  }
  try {
    await sdk.auth.resetPassword("customer", "emailpass", { identifier: email.toLowerCase() })
  } catch {
    // Same answer either way: nobody learns whether an address has an account.
  }
  return { ok: true, message: "If an account uses this address, a link to choose a new password is on its way." }
}

export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = text(formData, "token")
  const password = formData.get("password")
  if (typeof password !== "string" || password.length < 8) {
    return { fieldErrors: { password: "The password needs at least 8 characters." } }
  }
  try {
    await sdk.auth.updateProvider("customer", "emailpass", { password }, token)
  } catch (error) {
    const status = errorStatus(error)
    return {
      error:
        status === 401 || status === 400
          ? "This link has expired or was already used. Ask for a new one."
          : "The password could not be changed. Please try again.",
    }
  }
  redirect("/account/login?reset=1")
}
