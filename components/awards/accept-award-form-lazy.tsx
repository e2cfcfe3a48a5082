'use client';

import dynamic from 'next/dynamic';

/** The form, server-rendered as usual, with its code (react-hook-form among it) in a chunk of its
 * own that the browser fetches beside the page's: the page's first-load JavaScript stays within
 * budget and the form hydrates when its chunk arrives (README, Performance). */
export const AcceptAwardForm = dynamic(() => import('./accept-award-form').then((m) => m.AcceptAwardForm));
