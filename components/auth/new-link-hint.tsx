import Link from 'next/link';

/** The way forward when a sign-in did not work: ask for a new link. */
export function NewSignInLinkHint() {
  return (
    <p className="text-slate-700">
      <Link href="/sign-in" className="font-medium text-brand-700 underline">
        Ask for a new sign-in link
      </Link>
      .
    </p>
  );
}
