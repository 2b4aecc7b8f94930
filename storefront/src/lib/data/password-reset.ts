"use server"

import { redirect } from "next/navigation"
import { sdk } from "@/lib/config"
import { clientAddressHeaders } from "@/lib/data/client-address"
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
    // The backend limits reset requests per shopper (signed address) and per email.
    await sdk.client.fetch("/auth/customer/emailpass/reset-password", {
      method: "POST",
      body: { identifier: email.toLowerCase() },
      headers: await clientAddressHeaders(),
    })
  } catch {
    // Same answer either way: nobody learns whether an address has an account.
  }
  return { ok: true, message: "If an account uses this address, a link to choose a new password is on its way." }
}

export async function resetPassword(_prev: FormState, formData: FormData): Promise<FormState> {
  const token = text(formData, "token")
  const password = formData.get("password")
  // The backend's rule (plugins/customer-accounts/src/lib/password-policy.ts); it also refuses common passwords.
  if (typeof password !== "string" || [...password].length < 10) {
    return { fieldErrors: { password: "The password needs at least 10 characters." } }
  }
  try {
    await sdk.auth.updateProvider("customer", "emailpass", { password }, token)
  } catch (error) {
    const status = errorStatus(error)
    if (status === 400) {
      return { fieldErrors: { password: "This password is too common. Choose one that is harder to guess." } }
    }
    return {
      error:
        status === 401
          ? "This link has expired or was already used. Ask for a new one."
          : "The password could not be changed. Please try again.",
    }
  }
  redirect("/account/login?reset=1")
}
