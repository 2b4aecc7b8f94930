import type { HttpClient, HttpResponse, RequestConfig } from "./http"

/**
 * The HttpClient the checkout helpers expect, over Node's fetch, for tests
 * that talk to servers they started themselves (tests/scale). It sends the
 * config's headers and answers every status.
 */
export function fetchClient(baseUrl: string): HttpClient {
  async function send(method: string, url: string, body?: unknown, config?: RequestConfig): Promise<HttpResponse> {
    const headers = { ...(config?.headers ?? {}) }
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
    patch: (url, body, config) => send("PATCH", url, body ?? {}, config),
    delete: (url, config) => send("DELETE", url, undefined, config),
  }
}
