// The seeded admin's bearer token (or ADMIN_EMAIL / ADMIN_PASSWORD's), for the
// load scripts and the bench that set a store up through the admin API.

/** Logs the admin in; throws with the status when the store refuses. */
export async function adminToken(
  baseUrl,
  { email = process.env.ADMIN_EMAIL || "admin@shop.test", password = process.env.ADMIN_PASSWORD || "shop-admin-2026" } = {}
) {
  const res = await fetch(`${baseUrl.replace(/\/+$/, "")}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  })
  if (!res.ok) throw new Error(`admin login answered ${res.status}`)
  const { token } = await res.json()
  return token
}
