'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LazyFormBoundary, liveWhenMounted } from '@/components/forms/typed-before-hydration';

/** The form, server-rendered as usual, with its code (react-hook-form among it) in a chunk of its
 * own that the browser fetches beside the page's: the page's first-load JavaScript stays within
 * budget and the form hydrates when its chunk arrives (README, Performance). What is typed before
 * then is kept (components/forms/typed-before-hydration.tsx). */
const ProfileFormChunk = dynamic(() => import('./profile-form').then((m) => liveWhenMounted(m.ProfileForm)));

export function ProfileForm(props: ComponentProps<typeof ProfileFormChunk>) {
  return (
    <LazyFormBoundary>
      <ProfileFormChunk {...props} />
    </LazyFormBoundary>
  );
}
