import { defineWidgetConfig } from "@medusajs/admin-sdk"
import { Container, Heading, Input, Text } from "@medusajs/ui"
import { useEffect, useState } from "react"
import { Link } from "react-router-dom"

type Match = {
  id: string
  username: string
  customer?: { id: string; email: string | null; first_name: string | null; last_name: string | null } | null
}

/** Above the customer list: find customers by (part of) their username. */
const CustomerUsernameSearchWidget = () => {
  const [q, setQ] = useState("")
  const [matches, setMatches] = useState<Match[] | null>(null)
  const [count, setCount] = useState(0)
  const [failed, setFailed] = useState(false)

  useEffect(() => {
    const term = q.trim()
    if (!term) {
      setMatches(null)
      return
    }
    const controller = new AbortController()
    // Wait for a pause in typing before asking the server.
    const timer = setTimeout(() => {
      fetch(`/admin/customer-accounts/profiles?limit=10&q=${encodeURIComponent(term)}`, {
        credentials: "include",
        signal: controller.signal,
      })
        .then((res) => (res.ok ? res.json() : Promise.reject(new Error(String(res.status)))))
        .then((body: { profiles: Match[]; count: number }) => {
          setFailed(false)
          setMatches(body.profiles)
          setCount(body.count)
        })
        .catch((e: Error) => {
          if (e.name !== "AbortError") setFailed(true)
        })
    }, 250)
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [q])

  return (
    <Container className="flex flex-col gap-y-3 px-6 py-4">
      <Heading level="h2">Find by username</Heading>
      <Input
        type="search"
        placeholder="Username"
        value={q}
        maxLength={30}
        onChange={(e) => setQ(e.target.value)}
        data-testid="customer-username-search"
      />
      {failed && <Text size="small">The search failed.</Text>}
      {matches && matches.length === 0 && <Text size="small">No customer with such a username.</Text>}
      {matches && matches.length > 0 && (
        <ul className="flex flex-col gap-y-1" data-testid="customer-username-results">
          {matches.map((m) => (
            <li key={m.id}>
              {m.customer ? (
                <Link to={`/customers/${m.customer.id}`} className="text-ui-fg-interactive txt-compact-small">
                  {m.username}
                </Link>
              ) : (
                <Text size="small">{m.username}</Text>
              )}
              <Text size="small" className="text-ui-fg-subtle inline">
                {" "}
                {[m.customer?.first_name, m.customer?.last_name].filter(Boolean).join(" ")} {m.customer?.email ?? ""}
              </Text>
            </li>
          ))}
          {count > matches.length && <Text size="small">…and {count - matches.length} more</Text>}
        </ul>
      )}
    </Container>
  )
}

export const config = defineWidgetConfig({
  zone: "customer.list.before",
})

export default CustomerUsernameSearchWidget
