// @mentions in a comment: a participant of the thread is mentioned by their handle, the name the
// thread shows them by without spaces or punctuation (`@ReviewerB`, `@AveryAdmin`), in any case.

/** A person on the thread who can be mentioned. */
export type Mentionable = { userId: string; label: string };

/** The handle of a label: its letters and digits ("Reviewer B" -> "ReviewerB"). */
export function handleOf(label: string): string {
  return label.replace(/[^\p{L}\p{N}]/gu, '');
}

/** The people a text mentions, each once, in the order of the participants; unknown handles and
 * e-mail addresses (name@example.com) are not mentions. */
export function findMentions(text: string, participants: readonly Mentionable[]): Mentionable[] {
  const handles = new Set<string>();
  for (const match of text.matchAll(/(^|[^\p{L}\p{N}_.@])@([\p{L}\p{N}]+)/gu)) handles.add(match[2]!.toLowerCase());
  return participants.filter((p) => {
    const handle = handleOf(p.label).toLowerCase();
    return handle.length > 0 && handles.has(handle);
  });
}
