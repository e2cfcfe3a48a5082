/** The page to show of `total` rows read `size` at a time (1-based; a page past the end shows the
 * last one, a missing one the first), with the skip/take that reads it. */
export function clampedPage(requested: number | undefined, total: number, size: number) {
  const pageCount = Math.max(1, Math.ceil(total / size));
  const page = Math.min(Math.max(1, Math.floor(requested ?? 1)), pageCount);
  return { page, pageCount, skip: (page - 1) * size, take: size };
}
