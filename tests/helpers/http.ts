/**
 * The types every integration test shares: the HTTP client a suite talks to
 * the app with (the test runner's axios instance, or tests/helpers/fetch-client
 * for servers a test started itself) and the database connection it reads
 * rows with (the runner's knex).
 */

/**
 * A JSON body as the tests read it: loosely (`res.data.order.items[0]…`); the
 * API, not this type, is under test, and the assertions check the shape. A
 * test that declares the shape it expects passes it instead: `http.get<T>()`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any

/** The request options the tests use (a subset of axios's). */
export type RequestConfig = {
  headers?: Record<string, string>
  /** Which statuses resolve; axios rejects on the others (by default: all but 2xx). */
  validateStatus?: (status: number) => boolean
  responseType?: "json" | "text" | "arraybuffer"
  transformRequest?: ((body: unknown) => unknown)[]
  transformResponse?: (data: string) => unknown
  maxBodyLength?: number
  maxContentLength?: number
  /** Milliseconds before axios gives up waiting for an answer. */
  timeout?: number
}

export type HttpResponse<T = Json> = {
  status: number
  data: T
  headers: Record<string, string | string[] | undefined>
}

export type HttpClient = {
  get<T = Json>(url: string, config?: RequestConfig): Promise<HttpResponse<T>>
  post<T = Json>(url: string, body?: unknown, config?: RequestConfig): Promise<HttpResponse<T>>
  patch<T = Json>(url: string, body?: unknown, config?: RequestConfig): Promise<HttpResponse<T>>
  delete<T = Json>(url: string, config?: RequestConfig): Promise<HttpResponse<T>>
}

/** The database as the tests query it: `?` placeholders, rows typed by the caller when it knows them. */
export type Db = {
  raw<Row = Record<string, unknown>>(sql: string, bindings?: unknown[]): Promise<{ rows: Row[] }>
}

/** Any status is an answer: the test looks at it instead of catching axios errors. */
export const ANY_STATUS = { validateStatus: () => true }

export function expectStatus(res: HttpResponse<unknown>, status: number, what: string): void {
  if (res.status !== status) {
    throw new Error(`${what}: expected HTTP ${status}, got ${res.status} ${JSON.stringify(res.data)}`)
  }
}
