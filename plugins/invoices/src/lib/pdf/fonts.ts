import fs from "node:fs"
import { create } from "fontkit"
import type { Font } from "fontkit"

/**
 * DejaVu Sans (from the dejavu-fonts-ttf package) covers ä ö ü ß € and the
 * rest of Latin; it is read from node_modules, never from the network.
 * Parsed once: parsing the 700 KB font is most of the cost of a PDF, and
 * pdfkit takes a parsed fontkit font as well as a file.
 */
let cached: { regular: Font; bold: Font } | null = null

function load(file: string): Font {
  const font = create(fs.readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`)))
  if (!("layout" in font)) throw new Error(`${file} is a font collection, not a single font`)
  return font
}

export function documentFonts(): { regular: Font; bold: Font } {
  if (!cached) {
    cached = { regular: load("DejaVuSans.ttf"), bold: load("DejaVuSans-Bold.ttf") }
  }
  return cached
}
