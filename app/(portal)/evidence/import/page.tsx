import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { evidenceFormCopy } from '@/components/evidence/evidence-form-copy';
import { EvidenceImportForm, type EvidenceImportCopy } from '@/components/evidence/evidence-import-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { CSV_COLUMNS } from '@/lib/evidence/csv';
import { CONTRIBUTION_TYPES } from '@/lib/evidence/types';
import { TableHead } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('evidenceImport'))('title') };
}

const FORM_WORDS = [
  'pasteLabel',
  'pasteHint',
  'fileLabel',
  'fileHint',
  'tooLarge',
  'sendFailed',
  'importFailed',
  'checking',
  'check',
  'validOne',
  'validMany',
  'invalidOne',
  'invalidMany',
  'nothingSaved',
  'correct',
  'looksRight',
  'needAttention',
  'row',
  'validRows',
  'colRow',
  'colTitle',
  'colType',
  'colDate',
  'colReach',
  'importing',
  'importOne',
  'importMany',
  'importValidOne',
  'importValidMany',
] as const;

export default async function ImportEvidencePage() {
  await requireUser();
  const [t, labels, locale] = await Promise.all([getTranslations('evidenceImport'), evidenceFormCopy(), getLocale()]);
  const copy: EvidenceImportCopy = {
    ...(Object.fromEntries(FORM_WORDS.map((key) => [key, t.raw(`form.${key}`) as string])) as Record<(typeof FORM_WORDS)[number], string>),
    types: labels.types,
    reach: locale === 'en' ? null : { metrics: labels.metrics, numberLocale: labels.numberLocale },
  };
  // A column's help in the reader's language; a column the messages do not name keeps its English help.
  const help = (c: (typeof CSV_COLUMNS)[number]) => {
    if (c.metric) return t('metricHelp', { metric: labels.metrics[c.metric] });
    const key = `columns.${c.name}` as 'columns.type';
    return t.has(key) ? t(key) : c.help;
  };
  return (
    <div className="space-y-6">
      <PageHeader title={t('heading')} description={t('description')} />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          <Card>
            <EvidenceImportForm copy={copy} />
          </Card>
        </div>
        <Card title={t('file')}>
          <p className="text-sm text-slate-700">
            {t.rich('template', {
              link: (chunks) => (
                <a href="/evidence/import/template" download className="font-medium text-brand-700 underline">
                  {chunks}
                </a>
              ),
            })}
          </p>
          <p className="mt-2 text-sm text-slate-700">{t('someWrong')}</p>
          <p className="mt-2 text-sm">
            <Link href="/evidence" className="font-medium text-brand-700 underline">
              {t('back')}
            </Link>
          </p>
        </Card>
      </div>
      <Card title={t('columnsTitle')}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <TableHead columns={[t('column'), t('required'), t('holds')]} rows="py-1" />
            <tbody>
              {CSV_COLUMNS.map((c) => (
                <tr key={c.name} className="border-b border-slate-100 align-top">
                  <td className="py-1 pr-3 font-mono">{c.name}</td>
                  <td className="py-1 pr-3">{c.required ? t('yes') : t('no')}</td>
                  <td className="py-1">{help(c)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <h3 className="mt-4 text-sm font-semibold">{t('typesTitle')}</h3>
        <ul className="mt-1 grid gap-1 text-sm sm:grid-cols-2">
          {Object.entries(CONTRIBUTION_TYPES).map(([code, info]) => (
            <li key={code}>
              <span className="font-mono">{code}</span> ({labels.types[code as keyof typeof labels.types]}):{' '}
              {info.metrics.map((m) => m.toLowerCase()).join(', ')}
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
