// An API token's life: active until it expires or someone revokes it (a state nothing leaves).
// Pure, with a unit test beside it.

export type TokenStatus = 'ACTIVE' | 'EXPIRED' | 'REVOKED';

/** The one transition a person makes: revoking an active token. Expiry is the clock's. */
export const TOKEN_TRANSITIONS: Record<TokenStatus, readonly TokenStatus[]> = { ACTIVE: ['REVOKED', 'EXPIRED'], EXPIRED: [], REVOKED: [] };

/** A token's status at a moment. */
export function tokenStatusOf(t: { revokedAt: Date | null; expiresAt: Date }, now: Date): TokenStatus {
  if (t.revokedAt) return 'REVOKED';
  return t.expiresAt <= now ? 'EXPIRED' : 'ACTIVE';
}

/** Whether a token may move to another status. */
export function canTransitionToken(from: TokenStatus, to: TokenStatus): boolean {
  return TOKEN_TRANSITIONS[from].includes(to);
}

export const TOKEN_STATUS_COPY: Record<TokenStatus, { label: string; next: string }> = {
  ACTIVE: { label: 'Active', next: 'Works until it expires; revoke it when the system that uses it no longer needs it.' },
  EXPIRED: { label: 'Expired', next: 'No longer works. Create a new token and put it in the system that used this one.' },
  REVOKED: { label: 'Revoked', next: 'No longer works.' },
};

/** At most this many active tokens per provider, and per admin. */
export const MAX_ACTIVE_TOKENS = 20;
