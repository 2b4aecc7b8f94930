/**
 * An admin's session cookie, the way the admin dashboard gets one: a token
 * from POST /auth/user/emailpass, exchanged at POST /auth/session for Medusa's
 * `connect.sid` cookie. Over plain fetch, for tests that start their own servers.
 */
export const SEEDED_ADMIN = { email: "admin@shop.test", password: "shop-admin-2026" }

export async function adminSessionCookie(baseUrl: string, admin = SEEDED_ADMIN): Promise<string> {
  const login = await fetch(`${baseUrl}/auth/user/emailpass`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(admin),
  })
  if (login.status !== 200) throw new Error(`admin login on ${baseUrl} answered ${login.status}: ${await login.text()}`)
  const { token } = (await login.json()) as { token: string }
  const session = await fetch(`${baseUrl}/auth/session`, { method: "POST", headers: { authorization: `Bearer ${token}` } })
  if (session.status !== 200) throw new Error(`POST /auth/session on ${baseUrl} answered ${session.status}: ${await session.text()}`)
  const cookie = session.headers.getSetCookie().find((c) => c.startsWith("connect.sid="))
  if (!cookie) throw new Error(`POST /auth/session on ${baseUrl} set no connect.sid cookie`)
  return cookie.split(";")[0]
}

/** GET /admin/users/me with only the session cookie: the status and the admin's email. */
export async function whoAmI(baseUrl: string, cookie: string): Promise<{ status: number; email?: string }> {
  const res = await fetch(`${baseUrl}/admin/users/me`, { headers: { cookie } })
  const body = (await res.json().catch(() => ({}))) as { user?: { email?: string } }
  return { status: res.status, email: body.user?.email }
}
