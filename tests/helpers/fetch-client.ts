import type { HttpClient, HttpResponse } from "./checkout"

/**
 * The HttpClient the checkout helpers expect, over Node's fetch, for tests
 * that talk to servers they started themselves (tests/scale).
 */
export function fetchClient(baseUrl: string): HttpClient {
  async function send(method: string, url: string, body?: unknown, config?: Record<string, unknown>): Promise<HttpResponse> {
    const headers = { ...((config?.headers as Record<string, string> | undefined) ?? {}) }
    if (body !== undefined) headers["content-type"] = "application/json"
    const res = await fetch(`${baseUrl}${url}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    })
    const text = await res.text()
    let data: unknown = text
    try {
      data = JSON.parse(text)
    } catch {
      // not JSON: keep the text
    }
    return { status: res.status, data, headers: Object.fromEntries(res.headers.entries()) }
  }
  return {
    get: (url, config) => send("GET", url, undefined, config),
    post: (url, body, config) => send("POST", url, body ?? {}, config),
    delete: (url, config) => send("DELETE", url, undefined, config),
  }
}
