/** The URL if it is an absolute http(s) link, else null: a person's URL becomes a link only then
 * (never javascript:, data: or the like), whatever check it passed when it was saved. */
export function safeExternalHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url.trim());
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
