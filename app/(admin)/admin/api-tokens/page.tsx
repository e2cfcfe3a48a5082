import type { Metadata } from 'next';
import Link from 'next/link';
import { AdminNav } from '@/components/admin/admin-nav';
import { CreateExportTokenForm } from '@/components/api-tokens/create-token-form';
import { TokenTable } from '@/components/api-tokens/token-table';
import { apiTokensCopy } from '@/components/api-tokens/token-copy';

// Administration stays English.
const copy = apiTokensCopy('en');
import { Card, PageHeader } from '@/components/ui/card';
import { listExportTokens } from '@/lib/api-tokens/queries';
import { requireRole } from '@/lib/auth/guards';

export const metadata: Metadata = { title: 'API tokens' };

/** Admins create read-only tokens for the exports, for reports in their own tools. */
export default async function AdminApiTokensPage() {
  const viewer = await requireRole(['ADMIN'], '/admin/api-tokens');
  const tokens = await listExportTokens(viewer);
  return (
    <div className="space-y-6">
      <AdminNav />
      <PageHeader
        title="API tokens"
        description={
          <>
            Read-only tokens for the exports: the rows of every CSV export of these pages (nominations, reviews, awards, MCT applications,
            members, deliveries), with the same filters, as JSON pages. See{' '}
            <Link href="/developers" className="font-medium text-brand-700 underline">
              the API for developers
            </Link>
            . ISC providers create their own tokens on their provider page.
          </>
        }
      />
      <Card title="Export tokens">
        <p className="mb-3 text-sm text-slate-700">
          A token reads with its creator’s rights and stops working when its creator is no longer an admin.
        </p>
        <TokenTable tokens={tokens} timeZone={viewer.timeZone} caption="Export tokens" copy={copy.table} />
      </Card>
      <Card title="Create a read-only token">
        <CreateExportTokenForm copy={copy.form} />
      </Card>
    </div>
  );
}
