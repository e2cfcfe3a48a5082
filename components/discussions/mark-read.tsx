'use client';

import { useEffect, useRef } from 'react';
import { markDiscussionReadAction } from '@/lib/discussions/actions';

/** Once the thread is on screen, the person's own action marks it read up to the last comment shown
 * (the page itself, a GET, writes nothing). Renders nothing. */
export function MarkDiscussionRead({ submissionId, upToCommentId }: { submissionId: string; upToCommentId: string }) {
  const sent = useRef<string | null>(null);
  useEffect(() => {
    if (sent.current === upToCommentId) return;
    sent.current = upToCommentId;
    void markDiscussionReadAction({ submissionId, upToCommentId }).catch(() => undefined);
  }, [submissionId, upToCommentId]);
  return null;
}
