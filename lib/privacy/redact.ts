// Pure helpers of the erasure: what replaces a person's name, and the removal of what
// identifies them from text and from the audit log's before/after.

/** What replaces a person's name in records that are kept (nominations, ISC completions). */
export const ERASED_NAME = 'Erased person';
/** What replaces an identifier inside kept text. */
export const ERASED_MARK = '[erased]';
/** The audit log's label of an erased actor (the only label the database lets an erasure write). */
export const ERASED_ACTOR_LABEL = 'erased person';

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The strings that identify a person in free text: their addresses, their full names, and each part
 * of a name of three letters or more (as whole words). Longest first, so "Nina Nominee" goes before "Nina". */
export function identifiersOf(people: { email?: string | null; names?: (string | null | undefined)[] }[]): string[] {
  const out = new Set<string>();
  for (const p of people) {
    if (p.email) out.add(p.email.trim());
    for (const name of p.names ?? []) {
      const clean = name?.trim();
      if (!clean) continue;
      out.add(clean);
      for (const part of clean.split(/[\s,.'’()-]+/)) if (part.length >= 3) out.add(part);
    }
  }
  return [...out].filter(Boolean).sort((a, b) => b.length - a.length);
}

/** Replaces every identifier in a text (any case, whole words) with [erased]. */
export function redactText(text: string, identifiers: readonly string[]): string {
  let out = text;
  for (const id of identifiers) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(id)}(?![\\p{L}\\p{N}])`, 'giu'), ERASED_MARK);
  }
  return out;
}

// A link ends before trailing punctuation ("see https://x.dev/a, then").
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"')]*[^\s<>"'),.;:!?]/giu;

/** Like redactText, and removes links too: in a person's own descriptions a link (a blog, a
 * profile, a repository) usually points at them. */
export function redactTextAndLinks(text: string, identifiers: readonly string[]): string {
  return redactText(text.replace(URL_IN_TEXT, '[link removed]'), identifiers);
}

/** Redacts every string inside a JSON value (the audit log's before/after); keys and the shape stay. */
export function redactJson(value: unknown, identifiers: readonly string[]): unknown {
  if (typeof value === 'string') return redactText(value, identifiers);
  if (Array.isArray(value)) return value.map((v) => redactJson(v, identifiers));
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactJson(v, identifiers)]));
  }
  return value;
}
