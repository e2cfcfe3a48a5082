// What an erased person's account keeps (lib/privacy/erase.ts writes it; the email delivery blanks the
// address of the last email sent to them with it).

/** The address an erased account keeps: unique, never deliverable (RFC 6761 reserves .invalid). */
export function erasedEmailOf(userId: string): string {
  return `erased-${userId}@invalid.example`;
}
