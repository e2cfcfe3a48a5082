'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LazyFormBoundary, liveWhenMounted } from '@/components/forms/typed-before-hydration';

/** The form, server-rendered as usual, with its code (react-hook-form among it) in a chunk of its
 * own that the browser fetches beside the page's: the page's first-load JavaScript stays within
 * budget and the form hydrates when its chunk arrives (README, Performance). What is typed before
 * then is kept (components/forms/typed-before-hydration.tsx). */
const EvidenceItemFormChunk = dynamic(() => import('./evidence-item-form').then((m) => liveWhenMounted(m.EvidenceItemForm)));

export function EvidenceItemForm(props: ComponentProps<typeof EvidenceItemFormChunk>) {
  return (
    <LazyFormBoundary>
      <EvidenceItemFormChunk {...props} />
    </LazyFormBoundary>
  );
}
