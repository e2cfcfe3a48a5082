// The reviewer's forms' words in the reader's language, read on the server and passed to the client
// forms as props: only the strings each form shows, never a whole message namespace (the review page is
// kept small).
import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { ReopenCopy } from './buttons';
import type { ConflictFormCopy, ConflictReasonCopy } from './conflict-form';
import type { DeclareConflictCopy } from './declare-conflict-form';

type T = Awaited<ReturnType<typeof getTranslations<'review'>>>;

const reasonCopy = (t: T): ConflictReasonCopy => ({
  reason: t('conflict.reason'),
  reasonHint: t('conflict.reasonHint'),
  declaring: t('conflict.declaring'),
  declare: t('conflict.declare'),
});

/** The review page's conflict form, about `candidateName`. */
export async function conflictFormCopy(candidateName: string): Promise<ConflictFormCopy> {
  const t = await getTranslations('review');
  return {
    ...reasonCopy(t),
    summary: t('conflict.summary', { name: candidateName }),
    done: t('conflict.done', { name: candidateName }),
  };
}

/** The queue's conflict form, with a choice of candidate. */
export async function declareConflictCopy(): Promise<DeclareConflictCopy> {
  const t = await getTranslations('review');
  return {
    ...reasonCopy(t),
    candidate: t('conflict.candidate'),
    choose: t('conflict.choose'),
    declaredWith: t.raw('conflict.declaredWith') as string,
    thisCandidate: t('conflict.thisCandidate'),
  };
}

/** The button that reopens a submitted review. */
export async function reopenCopy(): Promise<ReopenCopy> {
  const t = await getTranslations('review');
  return { label: t('reopen.label'), pending: t('reopen.pending'), done: t('reopen.done') };
}
