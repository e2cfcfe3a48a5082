import type { Metadata } from 'next';
import Link from 'next/link';
import { CreateProviderTokenForm } from '@/components/api-tokens/create-token-form';
import { TokenTable } from '@/components/api-tokens/token-table';
import { buttonClass } from '@/components/ui/button';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { listProviderTokens } from '@/lib/api-tokens/queries';
import { requireProviderStaff } from '@/lib/auth/guards';
import { listMyProviders } from '@/lib/providers/queries';

export const metadata: Metadata = { title: 'API tokens' };

/** A provider's staff manage the tokens their training systems use with the API. */
export default async function ProviderApiTokensPage({ searchParams }: { searchParams: Promise<{ provider?: string }> }) {
  const viewer = await requireProviderStaff('/provider/api-tokens');
  const params = await searchParams;
  const providers = await listMyProviders(viewer);
  const provider = providers.find((p) => p.id === params.provider) ?? providers[0];
  if (!provider) {
    return (
      <div className="space-y-6">
        <PageHeader title="API tokens" />
        <EmptyState title="You are not staff of an ISC provider." />
      </div>
    );
  }
  const tokens = await listProviderTokens(viewer, provider.id);
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/provider?provider=${provider.id}`} className="font-medium text-brand-700 underline">
          Back to {provider.name}
        </Link>
      </p>
      <PageHeader
        title="API tokens"
        description={
          <>
            Your training system can confirm completions and follow the applications you started through the portal’s API, instead of a CSV
            upload. Give it a token from here. How to call the API:{' '}
            <Link href="/developers" className="font-medium text-brand-700 underline">
              the API for developers
            </Link>
            .
          </>
        }
      />
      {providers.length > 1 ? (
        <nav aria-label="Your providers" className="flex flex-wrap gap-2">
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
      <Card title={`${provider.name}: tokens`}>
        <p className="mb-3 text-sm text-slate-700">
          Your provider’s id in the API: <code className="rounded bg-slate-100 px-1 font-mono">{provider.id}</code>. A token acts with your
          rights for this provider only; it stops working when it expires, when someone revokes it, or when its creator is no longer staff
          of {provider.name}.
        </p>
        <TokenTable tokens={tokens} timeZone={viewer.timeZone} caption={`API tokens of ${provider.name}`} />
      </Card>
      <Card title="Create a token">
        <CreateProviderTokenForm providerId={provider.id} />
      </Card>
    </div>
  );
}
