// Reference recommenders for the offline evaluation, in the bench only (not
// in the product): item-kNN (cosine over each user's full training history)
// and EASE^R (Steck 2019: closed form B = I − P·diag(1/diag P), P = (XᵀX + λI)⁻¹,
// diag B = 0). Both over binary user × item matrices built from the split's
// training events; recommendations exclude what the user touched in training.

/** Items indexed 0..n-1 and each training user's distinct items. */
export function trainingMatrix(split, productIds) {
  const index = new Map(productIds.map((id, i) => [id, i]))
  const users = new Map()
  for (const e of split.train) {
    if (e.type !== "recorded") continue
    const i = index.get(e.product_id)
    if (i === undefined) continue
    let set = users.get(e.actor)
    if (!set) users.set(e.actor, (set = new Set()))
    set.add(i)
  }
  const n = productIds.length
  // Gram matrix XᵀX (co-occurrence counts; the diagonal is each item's count).
  const gram = new Float64Array(n * n)
  for (const set of users.values()) {
    const items = [...set]
    for (const a of items) {
      const row = a * n
      for (const b of items) gram[row + b] += 1
    }
  }
  return { index, users, n, gram, productIds }
}

function topUnseen(scores, n, seenIdx, productIds, k) {
  const best = []
  for (let j = 0; j < n; j++) {
    if (seenIdx.has(j)) continue
    const s = scores[j]
    if (best.length === k && s <= best[k - 1][1]) continue
    let at = best.length === k ? k - 1 : best.length
    if (best.length < k) best.push(null)
    while (at > 0 && s > best[at - 1][1]) {
      best[at] = best[at - 1]
      at--
    }
    best[at] = [j, s]
  }
  return best.map(([j]) => productIds[j])
}

function scorer(matrix, weights, k) {
  const { users, n, productIds } = matrix
  const scores = new Float64Array(n)
  return (actor) => {
    const seen = users.get(actor) ?? new Set()
    scores.fill(0)
    for (const i of seen) {
      const row = i * n
      for (let j = 0; j < n; j++) scores[j] += weights[row + j]
    }
    return topUnseen(scores, n, seen, productIds, k)
  }
}

/** item-kNN: score(u, j) = Σ over the user's items i of cos(i, j), all neighbours (no cut). */
export function itemKnn(matrix, k = 10) {
  const { n, gram } = matrix
  const sim = new Float64Array(n * n)
  for (let a = 0; a < n; a++) {
    for (let b = 0; b < n; b++) {
      if (a === b) continue
      const co = gram[a * n + b]
      if (co > 0) sim[a * n + b] = co / Math.sqrt(gram[a * n + a] * gram[b * n + b])
    }
  }
  return scorer(matrix, sim, k)
}

/** In-place Gauss–Jordan inverse of a symmetric positive definite n × n matrix (no pivoting needed). */
export function invertSpd(a, n) {
  for (let k = 0; k < n; k++) {
    const rowK = k * n
    const pivot = a[rowK + k]
    a[rowK + k] = 1
    for (let j = 0; j < n; j++) a[rowK + j] /= pivot
    for (let i = 0; i < n; i++) {
      if (i === k) continue
      const rowI = i * n
      const f = a[rowI + k]
      if (f === 0) continue
      a[rowI + k] = 0
      for (let j = 0; j < n; j++) a[rowI + j] -= f * a[rowK + j]
    }
  }
  return a
}

/** EASE^R weights for one λ. */
export function easeWeights(matrix, lambda) {
  const { n, gram } = matrix
  const p = Float64Array.from(gram)
  for (let i = 0; i < n; i++) p[i * n + i] += lambda
  invertSpd(p, n)
  const b = new Float64Array(n * n)
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) b[i * n + j] = i === j ? 0 : -p[i * n + j] / p[j * n + j]
  }
  return b
}

export function ease(matrix, lambda, k = 10) {
  return scorer(matrix, easeWeights(matrix, lambda), k)
}
