import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { SignUpForm } from '@/components/auth/sign-up-form-lazy';
import { Card } from '@/components/ui/card';
import { getViewer } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'Create an account' };

export default async function SignUpPage() {
  if (await getViewer()) redirect('/dashboard');
  return (
    <div className="mx-auto max-w-md space-y-6">
      <div>
        <h1 className="text-2xl font-bold">Create an account</h1>
        <p className="mt-1 text-slate-700">
          One account for both programs. Already have one?{' '}
          <Link href="/sign-in" className="font-medium text-brand-700 underline">
            Sign in
          </Link>
          .
        </p>
      </div>
      <Card>
        <SignUpForm />
      </Card>
      <p className="text-sm text-slate-700">
        After you confirm your email you can apply for MCT, complete a nomination you received, or, as an MVP or Microsoft employee,
        nominate someone.
      </p>
    </div>
  );
}
