// The real interaction data of the recommendations-quality scenario: the
// MovieLens ratings (GroupLens, ml-latest-small subset: 100,004 ratings of
// 9,066 movies by 671 users, 1995–2016) as the Debian package r-cran-dslabs
// ships them inside the R package dslabs (data set `movielens`). Read
// straight from the installed package's lazy-load database
// (bench/lib/r-data.mjs), no R needed, nothing downloaded at run time.
//
// Conversion: every rating is one "view" (implicit feedback: the user chose
// the movie; the score is ignored), at its timestamp. Movies with fewer than
// MIN_RATINGS ratings are dropped (EASE^R inverts an items × items matrix;
// this keeps it at 1,639 items), then users with fewer than 5 ratings left.
// A movie's genres are its categories (the blend's affinity); no brand.
import fs from "node:fs"
import path from "node:path"
import { readRDataFrame } from "./r-data.mjs"

export const DSLABS_DATA_DIR = process.env.DSLABS_DATA_DIR || "/usr/lib/R/site-library/dslabs/data"
export const MIN_RATINGS = 15
const MIN_USER_RATINGS = 5

export const INSTALL_HINT =
  "the real data set is the MovieLens sample in Debian's r-cran-dslabs: apt-get install --no-install-recommends r-cran-dslabs " +
  "(or unpack it with `apt-get download r-cran-dslabs && dpkg-deb -x r-cran-dslabs_*.deb DIR` and set DSLABS_DATA_DIR=DIR/usr/lib/R/site-library/dslabs/data)"

/** The data set in the shape of the plugin's evaluation (lib/evaluation/evaluate.ts Dataset), with counts. */
export function loadMovielens() {
  if (!fs.existsSync(path.join(DSLABS_DATA_DIR, "Rdata.rdb"))) throw new Error(`${DSLABS_DATA_DIR}/Rdata.rdb is missing: ${INSTALL_HINT}`)
  const frame = readRDataFrame(DSLABS_DATA_DIR, "movielens")
  const { movieId, userId, timestamp, genres } = frame.columns
  const perMovie = new Map()
  for (const m of movieId) perMovie.set(m, (perMovie.get(m) ?? 0) + 1)
  const rows = []
  for (let r = 0; r < frame.rows; r++) {
    if (perMovie.get(movieId[r]) >= MIN_RATINGS) rows.push(r)
  }
  // Time order; equal timestamps (a user rating several movies within a second) by movie id, so the split is deterministic.
  rows.sort((a, b) => timestamp[a] - timestamp[b] || movieId[a] - movieId[b] || userId[a] - userId[b])
  const histories = new Map()
  for (const r of rows) {
    const actor = `customer:ml_${userId[r]}`
    let list = histories.get(actor)
    if (!list) histories.set(actor, (list = []))
    list.push({ product_id: `ml_${movieId[r]}`, kind: "view", at: timestamp[r] * 1000 })
  }
  for (const [actor, list] of histories) if (list.length < MIN_USER_RATINGS) histories.delete(actor)
  const products = new Map()
  for (const r of rows) {
    const id = `ml_${movieId[r]}`
    if (!products.has(id)) products.set(id, { id, brand: null, categories: String(genres[r] ?? "").split("|").filter((g) => g && g !== "(no genres listed)") })
  }
  const interactions = [...histories.values()].reduce((s, h) => s + h.length, 0)
  return {
    name: `MovieLens (dslabs::movielens, Debian r-cran-dslabs; movies with ≥ ${MIN_RATINGS} ratings)`,
    data: { products: [...products.values()], histories },
    counts: { ratings: frame.rows, products: products.size, users: histories.size, interactions },
  }
}
