// A small reader for R's data files as R packages install them (a lazy-load
// database: data/Rdata.rdx, the index, gzip; data/Rdata.rdb, one zlib chunk
// per object), enough of R's XDR serialization for data frames of numbers,
// strings and factors. It lets the bench read a Debian r-cran-* data package
// without installing R itself.
import fs from "node:fs"
import path from "node:path"
import zlib from "node:zlib"

const NILVALUE = 254
const REF = 255
const SPECIAL_ENVS = new Set([253, 242, 241, 252, 251, 247]) // global, empty, base env, unbound, missing arg, base namespace
const NA_INTEGER = -2147483648

class Reader {
  constructor(buffer) {
    this.buf = buffer
    this.at = 0
    this.refs = []
  }
  int() {
    const v = this.buf.readInt32BE(this.at)
    this.at += 4
    return v
  }
  double() {
    const v = this.buf.readDoubleBE(this.at)
    this.at += 8
    return v
  }
  header() {
    const format = this.buf.toString("latin1", 0, 2)
    if (format !== "X\n") throw new Error(`R serialization format ${JSON.stringify(format)} is not supported (only XDR)`)
    this.at = 2
    const version = this.int()
    this.int() // R version that wrote it
    this.int() // oldest R version that reads it
    if (version === 3) {
      const length = this.int() // native encoding name
      this.at += length
    }
  }
  /** Attributes (a pairlist) as an object: name → value. */
  attributes() {
    const list = this.item()
    return list && list.pairlist ? Object.fromEntries(list.pairlist) : {}
  }
  item() {
    const flags = this.int()
    const type = flags & 0xff
    const hasAttr = (flags & (1 << 9)) !== 0
    const hasTag = (flags & (1 << 10)) !== 0
    if (type === NILVALUE || SPECIAL_ENVS.has(type)) return null
    if (type === REF) {
      const index = flags >> 8 || this.int()
      return this.refs[index - 1]
    }
    switch (type) {
      case 1: {
        // symbol: its name, remembered for later references
        const name = this.item()
        this.refs.push(name)
        return name
      }
      case 2:
      case 6:
      case 239:
      case 240: {
        // pairlist (attributes), language object
        const pairs = []
        let attrs = {}
        let f = flags
        for (;;) {
          if ((f & (1 << 9)) !== 0) attrs = this.attributes()
          const tag = (f & (1 << 10)) !== 0 ? this.item() : null
          pairs.push([tag, this.item()])
          f = this.int()
          if ((f & 0xff) !== 2) {
            this.at -= 4
            this.item() // the list's end (NULL)
            break
          }
        }
        return { pairlist: pairs, attrs }
      }
      case 9: {
        const length = this.int()
        if (length === -1) return null // NA_character_
        const s = this.buf.toString("utf8", this.at, this.at + length)
        this.at += length
        return s
      }
      case 10:
      case 13: {
        const n = this.int()
        const values = new Int32Array(n)
        for (let i = 0; i < n; i++) values[i] = this.int()
        return this.withAttrs({ type: type === 10 ? "logical" : "integer", values }, hasAttr)
      }
      case 14: {
        const n = this.int()
        const values = new Float64Array(n)
        for (let i = 0; i < n; i++) values[i] = this.double()
        return this.withAttrs({ type: "double", values }, hasAttr)
      }
      case 16: {
        const n = this.int()
        const values = []
        for (let i = 0; i < n; i++) values.push(this.item())
        return this.withAttrs({ type: "character", values }, hasAttr)
      }
      case 19:
      case 20: {
        const n = this.int()
        const values = []
        for (let i = 0; i < n; i++) values.push(this.item())
        return this.withAttrs({ type: "list", values }, hasAttr)
      }
      case 238: {
        // ALTREP (e.g. compact row names 1..n): class info, state, attributes
        const info = this.item()
        const state = this.item()
        const attrs = this.item()
        const cls = info?.pairlist?.[0]?.[1]
        if (cls === "compact_intseq") {
          const [n, start, step] = state.values
          const values = new Int32Array(n)
          for (let i = 0; i < n; i++) values[i] = start + i * step
          return { type: "integer", values, attrs: attrs?.pairlist ? Object.fromEntries(attrs.pairlist) : {} }
        }
        if (cls === "compact_realseq") {
          const [n, start, step] = state.values
          const values = new Float64Array(n)
          for (let i = 0; i < n; i++) values[i] = start + i * step
          return { type: "double", values, attrs: {} }
        }
        if (state?.pairlist) return state.pairlist[0][1] // wrapper/deferred string: the payload first
        return state
      }
      default:
        throw new Error(`R object type ${type} is not supported by this reader (flags ${flags}, tag ${hasTag})`)
    }
  }
  withAttrs(value, hasAttr) {
    value.attrs = hasAttr ? this.attributes() : {}
    return value
  }
}

/** One object of a lazy-load database chunk (4-byte length + zlib, or + 'Z' then zlib). */
function unserializeChunk(chunk) {
  const body = chunk[4] === 0x5a ? chunk.subarray(5) : chunk.subarray(4)
  const reader = new Reader(zlib.inflateSync(body))
  reader.header()
  return reader.item()
}

/** A data frame as { columns: name → array of numbers / strings (factors as their labels; NA as null) }. */
function toDataFrame(value) {
  const names = value.attrs.names?.values ?? []
  const columns = {}
  value.values.forEach((col, i) => {
    const levels = col.attrs?.levels?.values
    if (levels) columns[names[i]] = Array.from(col.values, (v) => (v === NA_INTEGER ? null : levels[v - 1]))
    else if (col.type === "integer") columns[names[i]] = Array.from(col.values, (v) => (v === NA_INTEGER ? null : v))
    else if (col.type === "double") columns[names[i]] = Array.from(col.values, (v) => (Number.isNaN(v) ? null : v))
    else columns[names[i]] = col.values
  })
  return { names, columns, rows: value.values[0]?.values.length ?? 0 }
}

/** Reads data set `name` of an installed R package's data directory (e.g. /usr/lib/R/site-library/dslabs/data). */
export function readRDataFrame(dataDir, name) {
  const index = new Reader(zlib.gunzipSync(fs.readFileSync(path.join(dataDir, "Rdata.rdx"))))
  index.header()
  const top = index.item()
  const topNames = top.attrs.names.values
  const variables = top.values[topNames.indexOf("variables")]
  const at = variables.attrs.names.values.indexOf(name)
  if (at < 0) throw new Error(`${dataDir} has no data set "${name}"`)
  const [offset, length] = variables.values[at].values
  const fd = fs.openSync(path.join(dataDir, "Rdata.rdb"), "r")
  try {
    const chunk = Buffer.alloc(length)
    fs.readSync(fd, chunk, 0, length, offset)
    return toDataFrame(unserializeChunk(chunk))
  } finally {
    fs.closeSync(fd)
  }
}
