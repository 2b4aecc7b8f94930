/**
 * The recommender's model, as plain data and pure functions shared by the
 * in-memory engine (tests, offline evaluation) and the PostgreSQL one
 * (the module's service): item-to-item collaborative filtering in the manner
 * of Linden, Smith and York (2003).
 *
 *   source      one interaction (a view, a wishlist entry, an order line) with
 *               its own id; the same source twice counts once
 *   actor item  per actor and product: the max weight of its active sources
 *               (purchase 3 > wishlist 2 > view 1) and the latest time
 *   window      the actor's WINDOW_SIZE most recent items: only they count
 *   co(i, j)    Σ over actors with i and j in their window of w(i) · w(j)
 *   norm²(i)    Σ over actors with i in their window of w(i)²
 *   score(i, j) co(i, j) / √(norm²(i) · norm²(j))  (cosine)
 *   neighbours  per item the NEIGHBOURS best partners by score, among its
 *               CANDIDATES partners with the highest co-occurrence
 */

export const INTERACTION_KINDS = ["view", "wishlist", "purchase"] as const
export type InteractionKind = (typeof INTERACTION_KINDS)[number]

export const KIND_WEIGHT: Record<InteractionKind, number> = { view: 1, wishlist: 2, purchase: 3 }

/** Items of one actor that count (the most recent ones). Bounds one actor's contribution and one event's work. */
export const WINDOW_SIZE = 50
/** Neighbours kept per item. */
export const NEIGHBOURS = 30
/**
 * Partners considered when an item's neighbours are ranked: its CANDIDATES
 * strongest co-occurrences. Bounds the work for very common items, which
 * co-occur with nearly everything.
 */
export const CANDIDATES = 200

export type ActorItem = { product_id: string; weight: number; last_at: number }
/** product_id → weight of the items that count for an actor. */
export type Window = Map<string, number>
export type Neighbour = { product_id: string; score: number }

/** Byte-wise comparison, the order PostgreSQL's `collate "C"` uses. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The actor's window: the WINDOW_SIZE items with the latest interaction (ties by product id). */
export function windowOf(items: Iterable<ActorItem>, size = WINDOW_SIZE): Window {
  const sorted = [...items].sort((a, b) => b.last_at - a.last_at || compareIds(a.product_id, b.product_id))
  return new Map(sorted.slice(0, size).map((item) => [item.product_id, item.weight]))
}

export type WindowDelta = {
  /** Unordered pairs "a\u0000b" (a < b) → change of co(a, b). */
  pairs: Map<string, number>
  /** product → change of norm²(product). */
  norms: Map<string, number>
  /** Items whose co-occurrence row or norm changed: their neighbours need ranking again. */
  touched: Set<string>
}

export const PAIR_SEPARATOR = "\u0000"

export function pairKey(a: string, b: string): string {
  return compareIds(a, b) < 0 ? a + PAIR_SEPARATOR + b : b + PAIR_SEPARATOR + a
}

export function splitPairKey(key: string): [string, string] {
  const at = key.indexOf(PAIR_SEPARATOR)
  return [key.slice(0, at), key.slice(at + 1)]
}

/**
 * What changes in the co-occurrence sums and norms when one actor's window
 * goes from `before` to `after`. Only pairs with a changed item are visited:
 * at most |changed| · WINDOW_SIZE pairs, whatever the history.
 */
export function windowDelta(before: Window, after: Window): WindowDelta {
  const pairs = new Map<string, number>()
  const norms = new Map<string, number>()
  const touched = new Set<string>()
  const changed: string[] = []
  for (const id of new Set([...before.keys(), ...after.keys()])) {
    if ((before.get(id) ?? 0) !== (after.get(id) ?? 0)) changed.push(id)
  }
  if (changed.length === 0) return { pairs, norms, touched }
  const changedSet = new Set(changed)
  const everyone = new Set([...before.keys(), ...after.keys()])
  for (const id of changed) {
    const was = before.get(id) ?? 0
    const is = after.get(id) ?? 0
    norms.set(id, is * is - was * was)
    touched.add(id)
  }
  for (const a of changed) {
    for (const b of everyone) {
      if (a === b) continue
      // A pair of two changed items is visited twice; count it once.
      if (changedSet.has(b) && compareIds(b, a) < 0) continue
      const delta = (after.get(a) ?? 0) * (after.get(b) ?? 0) - (before.get(a) ?? 0) * (before.get(b) ?? 0)
      if (delta === 0) continue
      pairs.set(pairKey(a, b), delta)
      touched.add(a)
      touched.add(b)
    }
  }
  return { pairs, norms, touched }
}

/** Cosine of two items from their co-occurrence and squared norms. */
export function cosine(co: number, norm2a: number, norm2b: number): number {
  return co / Math.sqrt(norm2a * norm2b)
}

/**
 * An item's neighbours from its co-occurrence row: the CANDIDATES partners
 * with the highest co-occurrence (ties by id), ranked by cosine (ties by id),
 * the best `k`. The SQL ranking in the service follows the same order.
 */
export function rankNeighbours(
  norm2: number,
  row: Iterable<[string, number]>,
  norm2Of: (id: string) => number,
  k = NEIGHBOURS,
  candidates = CANDIDATES
): Neighbour[] {
  if (norm2 <= 0) return []
  // Bounded selections, not full sorts: a popular item's row holds thousands of partners.
  const positive: [string, number][] = []
  for (const entry of row) if (entry[1] > 0) positive.push(entry)
  const strongest = topK(positive, candidates, (a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
  return topK(
    strongest.map(([id, co]) => ({ product_id: id, score: cosine(co, norm2, norm2Of(id)) })),
    k,
    (a, b) => b.score - a.score || compareIds(a.product_id, b.product_id)
  )
}

/**
 * The k first of `items` in `order` (a total order) without sorting them
 * all: a heap of the best k seen so far, O(n log k); short lists are sorted.
 */
export function topK<T>(items: readonly T[], k: number, order: (a: T, b: T) => number): T[] {
  if (k <= 0) return []
  if (items.length <= 2 * k) return [...items].sort(order).slice(0, k)
  // The heap's root is the worst of the kept items.
  const heap = items.slice(0, k)
  const down = (start: number) => {
    let i = start
    for (;;) {
      const left = 2 * i + 1
      const right = left + 1
      let worst = i
      if (left < k && order(heap[left], heap[worst]) > 0) worst = left
      if (right < k && order(heap[right], heap[worst]) > 0) worst = right
      if (worst === i) return
      const swap = heap[i]
      heap[i] = heap[worst]
      heap[worst] = swap
      i = worst
    }
  }
  for (let i = (k >> 1) - 1; i >= 0; i--) down(i)
  for (let n = k; n < items.length; n++) {
    if (order(items[n], heap[0]) < 0) {
      heap[0] = items[n]
      down(0)
    }
  }
  return heap.sort(order)
}
