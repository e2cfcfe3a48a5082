import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { PROGRAM_NAMES } from '@/lib/certificates/schema';
import { verifyCertificate, type CertificateStanding } from '@/lib/certificates/queries';
import { formatDay } from '@/lib/format';

export const metadata: Metadata = { title: 'Certificate check' };

const day = (key: string) => formatDay(new Date(`${key}T00:00:00Z`));

const STANDING: Record<CertificateStanding, { tone: 'success' | 'info' | 'warning'; title: string; text: string }> = {
  CURRENT: {
    tone: 'success',
    title: 'Genuine and current',
    text: 'This certificate was issued by this portal, and the year it names is under way.',
  },
  UPCOMING: { tone: 'success', title: 'Genuine', text: 'This certificate was issued by this portal; the year it names has not begun yet.' },
  ENDED: {
    tone: 'info',
    title: 'Genuine; its year has ended',
    text: 'This certificate was issued by this portal for a year that is over.',
  },
  REVOKED: {
    tone: 'warning',
    title: 'Revoked',
    text: 'This certificate was issued by this portal, but the award it names was revoked: it is no longer valid.',
  },
};

/** The public check of a certificate: whom it names, for what and when, and whether it still stands. */
export default async function CertificateCheckPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const certificate = await verifyCertificate(decodeURIComponent(code));
  if (!certificate) notFound();
  const standing = STANDING[certificate.standing];
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <PageHeader title="Certificate check" description={`Certificate code ${certificate.code}`} />
      <Alert tone={standing.tone} title={standing.title}>
        {standing.text}
      </Alert>
      <Card title="What it certifies">
        <dl className="grid gap-3 text-sm sm:grid-cols-[12rem_1fr]">
          <dt className="font-medium text-slate-600">Name</dt>
          <dd>{certificate.holderName}</dd>
          <dt className="font-medium text-slate-600">Program</dt>
          <dd>{PROGRAM_NAMES[certificate.kind]}</dd>
          {certificate.category ? (
            <>
              <dt className="font-medium text-slate-600">Award category</dt>
              <dd>{certificate.category}</dd>
            </>
          ) : null}
          <dt className="font-medium text-slate-600">{certificate.kind === 'MVP' ? 'Award year' : 'Membership year'}</dt>
          <dd>
            {day(certificate.startsOn)} – {day(certificate.endsOn)}
          </dd>
          <dt className="font-medium text-slate-600">Issued</dt>
          <dd>{formatDay(certificate.issuedAt)}</dd>
        </dl>
      </Card>
      <p className="text-sm text-slate-700">
        The name is the one the holder had when the certificate was issued.{' '}
        <Link href="/certificates" className="font-medium text-brand-700 underline">
          Check another certificate
        </Link>
        .
      </p>
    </div>
  );
}
