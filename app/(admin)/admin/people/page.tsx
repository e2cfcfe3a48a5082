import type { Metadata } from 'next';
import Link from 'next/link';
import { Button } from '@/components/ui/button';
import { EmptyState, PageHeader } from '@/components/ui/card';
import { Input } from '@/components/ui/field';
import { requireUser } from '@/lib/auth/guards';
import { searchPeopleSchema } from '@/lib/people/admin-schema';
import { searchPeople } from '@/lib/people/admin-queries';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'People and roles' };

type Search = { q?: string | string[]; page?: string | string[] };

const pageHref = (q: string, page: number) =>
  `/admin/people?${new URLSearchParams({ ...(q ? { q } : {}), page: String(page) }).toString()}`;

export default async function PeoplePage({ searchParams }: { searchParams: Promise<Search> }) {
  const viewer = await requireUser();
  const raw = await searchParams;
  const input = searchPeopleSchema.parse({ q: [raw.q].flat()[0], page: [raw.page].flat()[0] });
  const { people, page, hasMore } = await searchPeople(viewer, input);
  return (
    <div className="space-y-6">
      <PageHeader title="People and roles" description="Find a person by name or email to see their roles, programs and history." />
      <form method="get" role="search" className="flex flex-wrap items-end gap-2">
        <div className="min-w-64 flex-1">
          <label htmlFor="q" className="block text-sm font-medium text-slate-900">
            Name or email
          </label>
          <Input id="q" name="q" type="search" defaultValue={input.q} />
        </div>
        <Button type="submit">Search</Button>
      </form>
      {people.length === 0 ? (
        <EmptyState title="Nobody matches.">Try part of a name or an email address.</EmptyState>
      ) : (
        <table className="w-full text-left text-sm">
          <caption className="sr-only">People{input.q ? ` matching “${input.q}”` : ''}</caption>
          <TableHead columns={['Name', 'Email', 'Roles']} gap="pr-4" />
          <tbody>
            {people.map((p) => (
              <tr key={p.id} className="border-b border-slate-200">
                <td className="py-2 pr-4">
                  <Link href={`/admin/people/${p.id}`} className="font-medium text-brand-700 underline">
                    {p.name ?? p.email}
                  </Link>
                </td>
                <td className="py-2 pr-4">{p.email}</td>
                <td className="py-2">{p.roles.join(', ') || '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <nav aria-label="Pages of people" className="flex gap-4 text-sm">
        {page > 1 ? (
          <Link href={pageHref(input.q, page - 1)} className="font-medium text-brand-700 underline">
            Previous page
          </Link>
        ) : null}
        {hasMore ? (
          <Link href={pageHref(input.q, page + 1)} className="font-medium text-brand-700 underline">
            Next page
          </Link>
        ) : null}
      </nav>
    </div>
  );
}
