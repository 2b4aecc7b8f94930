import "server-only"
import { redirect } from "next/navigation"
import type { Profile } from "@/lib/data/customer"
import { getProfile } from "@/lib/data/customer"

/** For pages behind login: the profile, or a redirect to the login page that comes back here. */
export async function requireProfile(returnTo: string): Promise<Profile> {
  const profile = await getProfile()
  if (!profile) redirect(`/account/login?next=${encodeURIComponent(returnTo)}`)
  return profile
}
