'use server';

import { signOut } from '@/lib/auth/config';

/** Signs the current person out and returns them to the home page. */
export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: '/' });
}
