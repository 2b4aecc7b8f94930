import Image from "next/image"

/**
 * A product picture from the backend's /static folder, resized and converted
 * by Next's image optimizer; a neutral tile when the product has none.
 */
export function ProductImage({
  src,
  alt,
  sizes,
  preload = false,
  testId,
}: {
  src: string | null
  alt: string
  sizes: string
  preload?: boolean
  testId?: string
}) {
  if (!src) {
    return (
      <div
        role="img"
        aria-label={alt}
        data-testid={testId}
        style={{ aspectRatio: "1", background: "var(--paper-soft)" }}
      />
    )
  }
  return (
    <Image
      src={src}
      alt={alt}
      width={800}
      height={800}
      sizes={sizes}
      preload={preload}
      loading={preload ? undefined : "lazy"}
      data-testid={testId}
    />
  )
}
