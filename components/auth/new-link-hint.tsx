import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

/** The way forward when a sign-in did not work: ask for a new link. */
export async function NewSignInLinkHint() {
  const t = await getTranslations('signInSteps');
  return (
    <p className="text-slate-700">
      <Link href="/sign-in" className="font-medium text-brand-700 underline">
        {t('newLink')}
      </Link>
      .
    </p>
  );
}
