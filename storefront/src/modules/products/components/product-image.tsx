import Image from "next/image"

/**
 * A product picture from the backend's /static folder, resized and converted
 * by Next's image optimizer; a drawn placeholder when the product has none.
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
    // Named only where the picture would be (alt given); on cards it is decoration beside the linked name.
    const named = alt ? { role: "img", "aria-label": `${alt} (no photo yet)` } : { "aria-hidden": true }
    return (
      <div className="image-placeholder" data-testid={testId ?? "image-placeholder"} {...named}>
        <svg viewBox="0 0 48 48" width="56" height="56" aria-hidden="true" focusable="false">
          <path
            d="M12 16h24l-2 24H14L12 16zm6 0v-2a6 6 0 0 1 12 0v2"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.5"
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        </svg>
        <span className="image-placeholder__text">No photo yet</span>
      </div>
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
