import type { Metadata } from 'next';
import Link from 'next/link';
import { EvidenceImportForm } from '@/components/evidence/evidence-import-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { CSV_COLUMNS } from '@/lib/evidence/csv';
import { CONTRIBUTION_TYPES } from '@/lib/evidence/types';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Import contributions' };

export default async function ImportEvidencePage() {
  await requireUser();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Import contributions from CSV"
        description="Add many contributions at once. Every row is checked first; nothing is saved until you confirm."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <EvidenceImportForm />
          </Card>
        </div>
        <Card title="The file">
          <p className="text-sm text-slate-700">
            <a href="/evidence/import/template" download className="font-medium text-brand-700 underline">
              Download the CSV template
            </a>{' '}
            (two example rows). One contribution per row; values with commas in double quotes; UTF-8.
          </p>
          <p className="mt-2 text-sm text-slate-700">
            If some rows are wrong, you can correct the file and check again, or import only the valid rows. A row is never half-imported.
          </p>
          <p className="mt-2 text-sm">
            <Link href="/evidence" className="font-medium text-brand-700 underline">
              Back to your evidence
            </Link>
          </p>
        </Card>
      </div>
      <Card title="Columns">
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <TableHead columns={['Column', 'Required', 'What it holds']} rows="py-1" />
            <tbody>
              {CSV_COLUMNS.map((c) => (
                <tr key={c.name} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-3 font-mono">{c.name}</td>
                  <td className="py-1 pr-3">{c.required ? 'yes' : 'no'}</td>
                  <td className="py-1">{c.help}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 className="mt-4 text-sm font-semibold">Types and the reach columns they use</h3>
        <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
          {Object.entries(CONTRIBUTION_TYPES).map(([code, info]) => (
            <li key={code}>
              <span className="font-mono">{code}</span> ({info.label}): {info.metrics.map((m) => m.toLowerCase()).join(', ')}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
