'use client';

import dynamic from 'next/dynamic';

/** The form, server-rendered as usual, with its code (react-hook-form and zod among it) in a chunk
 * of its own that the browser fetches beside the page's: the page's first-load JavaScript stays
 * within budget and the form hydrates when its chunk arrives (README, Performance). */
export const EmailLinkForm = dynamic(() => import('./sign-in-forms').then((m) => m.EmailLinkForm));
export const PasswordForm = dynamic(() => import('./sign-in-forms').then((m) => m.PasswordForm));
