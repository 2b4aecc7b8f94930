import Link from "next/link"
import { getAuthToken } from "@/lib/data/cookies"

/** "Account" for a logged-in shopper, "Log in" for a guest (decided from the httpOnly cookie). */
export async function AccountLink() {
  const loggedIn = !!(await getAuthToken())
  return loggedIn ? (
    <Link prefetch={false} href="/account" data-testid="nav-account">
      Account
    </Link>
  ) : (
    <Link prefetch={false} href="/account/login" data-testid="nav-login">
      Log in
    </Link>
  )
}
