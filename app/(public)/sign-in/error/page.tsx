import type { Metadata } from 'next';
import { NewSignInLinkHint } from '@/components/auth/new-link-hint';
import { Alert } from '@/components/ui/alert';

export const metadata: Metadata = { title: 'Sign-in problem' };

const messages: Record<string, string> = {
  Verification: 'That sign-in link has expired or was already used. Links work once, for 15 minutes.',
  AccessDenied: 'This account cannot sign in. If you asked for your data to be erased, it has been.',
  Configuration: 'Sign-in is not configured correctly on this server. Please tell the program team.',
};

export default async function SignInErrorPage({ searchParams }: { searchParams: Promise<{ error?: string }> }) {
  const { error } = await searchParams;
  return (
    <div className="mx-auto max-w-md space-y-4">
      <h1 className="text-2xl font-bold">We could not sign you in</h1>
      <Alert tone="error">{messages[error ?? ''] ?? 'Something went wrong while signing you in.'}</Alert>
      <NewSignInLinkHint />
    </div>
  );
}
