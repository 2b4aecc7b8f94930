/** How many reviews the product page shows at a time (a constant: "use server" modules export only functions). */
export const REVIEW_PAGE_SIZE = 5
