// Fills a message's {placeholders} in the browser: a client form gets its words from its page with
// the placeholders left in (t.raw), and fills them with what it knows only as the person types.
// Safe for the browser (no imports).

/** `text` with each {name} replaced by its value; an unknown {name} stays as written. */
export function fillMessage(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
