import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { Button } from '@/components/ui/button';
import { Card, PageHeader } from '@/components/ui/card';
import { Field, Input } from '@/components/ui/field';
import { normalizeCertificateCode } from '@/lib/certificates/code';

export const metadata: Metadata = { title: 'Check a certificate' };

/** Anyone checks a certificate by the code printed on it. A plain GET form: it works before any script. */
export default async function CheckCertificatePage({ searchParams }: { searchParams: Promise<{ code?: string }> }) {
  const { code } = await searchParams;
  const typed = code?.trim() ?? '';
  const normalized = typed ? normalizeCertificateCode(typed) : null;
  if (normalized) redirect(`/certificates/${normalized}`);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <PageHeader
        title="Check a certificate"
        description="MVP and MCT certificates issued on this portal carry a code. Enter it to see whom it names, for what, and whether it is current."
      />
      <Card>
        <form action="/certificates" method="get" className="space-y-4">
          <Field
            id="code"
            label="Certificate code"
            hint="For example K3RT-9QWX-M2HD-7VBN (lower case and spaces are fine)."
            error={typed ? 'That is not a certificate code: a code is four groups of four letters and digits.' : undefined}
          >
            {(aria) => <Input {...aria} name="code" defaultValue={typed} autoComplete="off" required />}
          </Field>
          <Button type="submit">Check</Button>
        </form>
      </Card>
    </div>
  );
}
