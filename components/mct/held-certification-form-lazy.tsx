'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LazyFormBoundary, liveWhenMounted } from '@/components/forms/typed-before-hydration';

/** The form of a held certification's dates, server-rendered as usual, with its code (react-hook-form and
 * zod among it) in a chunk of its own, as CertificationForm (certification-form-lazy.tsx). */
const HeldCertificationFormChunk = dynamic(() => import('./held-certification-form').then((m) => liveWhenMounted(m.HeldCertificationForm)));

export function HeldCertificationForm(props: ComponentProps<typeof HeldCertificationFormChunk>) {
  return (
    <LazyFormBoundary>
      <HeldCertificationFormChunk {...props} />
    </LazyFormBoundary>
  );
}
