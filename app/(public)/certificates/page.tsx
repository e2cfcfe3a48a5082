import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { normalizeCertificateCode } from '@/lib/certificates/code';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('certificates'))('checkTitle') };
}

/** Anyone checks a certificate by the code printed on it. A plain GET form: it works before any script. */
export default async function CheckCertificatePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const [{ code }, t] = await Promise.all([searchParams, getTranslations('certificates')]);
  const typed = code?.trim() ?? '';
  const normalized = typed ? normalizeCertificateCode(typed) : null;
  if (normalized) redirect(`/certificates/${normalized}`);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader title={t('checkTitle')} description={t('checkDescription')} />
      <Card>
        <form action="/certificates" method="get" className="space-y-4">
          <Field id="code" label={t('code')} hint={t('codeHint')} error={typed ? t('notACode') : undefined}>
            {(aria) => <Input {...aria} name="code" defaultValue={typed} autoComplete="off" required />}
          </Field>
          <Button type="submit">{t('check')}</Button>
        </form>
      </Card>
    </div>
  );
}
