import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ErasureSummary } from '@/components/privacy/erasure-summary';
import { Card, PageHeader } from '@/components/ui/card';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('privacyPage'))('title') };
}

const HOLDINGS = ['account', 'mvp', 'reviews', 'mct', 'emails'] as const;
const AUDIENCES = ['you', 'nominator', 'reviewers', 'provider', 'admins'] as const;
const HOW_LONG = ['account', 'drafts', 'links', 'decisions'] as const;

/** The privacy page: what the portal holds, why, who sees it, how long, and how to export or erase it. */
export default async function PrivacyPage() {
  const [t, locale] = await Promise.all([getTranslations('privacyPage'), getLocale()]);
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />
      <Card title={t('holdTitle')}>
        <dl className="space-y-3 text-sm text-slate-800">
          {HOLDINGS.map((h) => (
            <div key={h}>
              <dt className="font-semibold text-slate-900">{t(`holdings.${h}.what`)}</dt>
              <dd>{t(`holdings.${h}.detail`)}</dd>
              <dd className="text-slate-700">{t('why', { why: t(`holdings.${h}.why`) })}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={t('whoTitle')}>
        <dl className="space-y-2 text-sm text-slate-800">
          {AUDIENCES.map((a) => (
            <div key={a}>
              <dt className="font-semibold text-slate-900">{t(`audiences.${a}.who`)}</dt>
              <dd>{t(`audiences.${a}.sees`)}</dd>
            </div>
          ))}
        </dl>
      </Card>
      <Card title={t('howLongTitle')}>
        <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
          {HOW_LONG.map((k) => (
            <li key={k}>{t(`howLong.${k}`)}</li>
          ))}
        </ul>
      </Card>
      <Card title={t('copyTitle')}>
        <p className="text-sm text-slate-800">
          {t.rich('copyText', {
            strong,
            link: (chunks) => (
              <Link href="/profile" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </Card>
      <Card title={t('deleteTitle')}>
        <p className="mb-4 text-sm text-slate-800">{t.rich('deleteText', { strong })}</p>
        <ErasureSummary headingLevel={3} locale={locale} />
      </Card>
    </div>
  );
}
