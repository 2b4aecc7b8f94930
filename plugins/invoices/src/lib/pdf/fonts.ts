import fs from "node:fs"

/**
 * DejaVu Sans (from the dejavu-fonts-ttf package) covers ä ö ü ß € and the
 * rest of Latin; it is read once from node_modules, never from the network.
 */
let cached: { regular: Buffer; bold: Buffer } | null = null

export function documentFonts(): { regular: Buffer; bold: Buffer } {
  if (!cached) {
    cached = {
      regular: fs.readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf")),
      bold: fs.readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf")),
    }
  }
  return cached
}
