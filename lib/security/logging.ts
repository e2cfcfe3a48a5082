// No password or token in any log. URLs that carry a token are kept out of the development server's
// request log (next.config.ts `logging`, with server action arguments off), and our own error logs
// go through logError, which redacts what an error may carry: passwords, tokens, one-time links.
// No 'server-only': next.config.ts uses TOKEN_URLS.

/** URLs whose path or query carries a one-time or signed token. */
export const TOKEN_URLS: RegExp[] = [
  /[?&](?:token|code|state)=/i,
  /\/invitations\/(?!link-problem\b)[^/?#]+/,
  /\/mct\/applications\/accept\/[^/?#]+/,
  /\/unsubscribe\/[^/?#]+/,
];

const SECRETS: [RegExp, string][] = [
  // key: value pairs a serialised input or error may hold
  [
    /\b(password|passwordHash|token|secret|sealedLink|access_token|refresh_token|id_token)(["']?\s*[:=]\s*["']?)[^"'\s,&}]+/gi,
    '$1$2[redacted]',
  ],
  // links with a token in the path
  [/(\/(?:invitations|mct\/applications\/accept|unsubscribe)\/)(?!link-problem\b)[^/?#\s"'<>]+/g, '$1[redacted]'],
  // long random strings: hex digests, base64url tokens (a UUID, 36 characters, stays)
  [/\b[0-9a-f]{40,}\b/gi, '[redacted]'],
  [/[A-Za-z0-9_-]{40,}/g, '[redacted]'],
];

/** The text with passwords, tokens and one-time links replaced by [redacted]. */
export function redactSecrets(text: string): string {
  return SECRETS.reduce((out, [pattern, replacement]) => out.replace(pattern, replacement), text);
}

/** console.error of an unexpected error, its message, stack and cause redacted. */
export function logError(label: string, error: unknown): void {
  const describe = (e: unknown): string =>
    e instanceof Error ? `${e.stack ?? `${e.name}: ${e.message}`}${e.cause ? `\nCaused by: ${describe(e.cause)}` : ''}` : String(e);
  console.error(label, redactSecrets(describe(error)));
}
