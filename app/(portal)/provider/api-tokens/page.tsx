import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { CreateProviderTokenForm } from '@/components/api-tokens/create-token-form';
import { apiTokensCopy } from '@/components/api-tokens/token-copy';
import { TokenTable } from '@/components/api-tokens/token-table';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { listProviderTokens } from '@/lib/api-tokens/queries';
import { requireProviderStaff } from '@/lib/auth/guards';
import { listMyProviders } from '@/lib/providers/queries';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('apiTokens'))('title') };
}

/** A provider's staff manage the tokens their training systems use with the API. */
export default async function ProviderApiTokensPage({ searchParams }: { searchParams: Promise<{ provider?: string }> }) {
  const viewer = await requireProviderStaff('/provider/api-tokens');
  const params = await searchParams;
  const [providers, t, locale] = await Promise.all([listMyProviders(viewer), getTranslations('apiTokens'), getLocale()]);
  const provider = providers.find((p) => p.id === params.provider) ?? providers[0];
  if (!provider) {
    return (
      <div className="space-y-6">
        <PageHeader title={t('title')} />
        <EmptyState title={t('notStaff')} />
      </div>
    );
  }
  const tokens = await listProviderTokens(viewer, provider.id);
  const copy = apiTokensCopy(locale);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/provider?provider=${provider.id}`} className="font-medium text-brand-700 underline">
          {t('back', { name: provider.name })}
        </Link>
      </p>
      <PageHeader
        title={t('title')}
        description={t.rich('description', {
          link: (chunks) => (
            <Link href="/developers" className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      />
      {providers.length > 1 ? (
        <nav aria-label={t('yourProviders')} className="flex flex-wrap gap-2">
          {providers.map((p) => (
            <Link
              key={p.id}
              href={`/provider/api-tokens?provider=${p.id}`}
              aria-current={p.id === provider.id ? 'page' : undefined}
              className={buttonClass(p.id === provider.id ? 'primary' : 'secondary')}
            >
              {p.name}
            </Link>
          ))}
        </nav>
      ) : null}
      <Card title={t('tokensOf', { name: provider.name })}>
        <p className="mb-3 text-sm text-slate-700">
          {t.rich('idLine', {
            id: provider.id,
            name: provider.name,
            code: (chunks) => <code className="rounded bg-slate-100 px-1 font-mono">{chunks}</code>,
          })}
        </p>
        <TokenTable tokens={tokens} timeZone={viewer.timeZone} caption={t('caption', { name: provider.name })} copy={copy.table} />
      </Card>
      <Card title={t('create')}>
        <CreateProviderTokenForm providerId={provider.id} copy={copy.form} />
      </Card>
    </div>
  );
}
