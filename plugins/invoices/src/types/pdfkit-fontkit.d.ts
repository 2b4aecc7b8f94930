import type { Font } from "fontkit"

// pdfkit accepts an already parsed fontkit font (PDFFontFactory.open checks
// for `layout`); its type declarations only list paths and buffers.
declare global {
  namespace PDFKit.Mixins {
    interface PDFFont {
      registerFont(name: string, src: Font, family?: string): this
    }
  }
}
