import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AcceptAwardForm } from '@/components/awards/accept-award-form-lazy';
import { Alert } from '@/components/ui/alert';
import { CertificatePanel } from '@/components/certificates/certificate-panel';
import { Card, PageHeader } from '@/components/ui/card';
import { getAwardForAcceptance } from '@/lib/awards/queries';
import { requireUser } from '@/lib/auth/guards';
import { certificateCodeFor } from '@/lib/certificates/queries';
import { formatDay, formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Your MVP award' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function AwardPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  // Only the award's holder sees it; for anyone else it does not exist.
  const data = UUID.test(id) ? await getAwardForAcceptance(viewer, id) : null;
  if (!data) notFound();
  const { award, status, agreements } = data;
  const what = `${award.category.name}${award.focusArea ? ` (${award.focusArea.name})` : ''}`;
  return (
    <div className="space-y-6">
      <PageHeader
        title={`Your MVP award in ${award.category.name}`}
        description={`Award year ${formatDay(award.startsOn)} – ${formatDay(award.endsOn)}${award.renewsId ? ', renewing your previous year' : ''}.`}
      />
      {award.acceptedAt && status !== 'REVOKED' ? (
        <>
          <Alert tone="success" title="You have accepted this award">
            Accepted {formatInstant(award.acceptedAt, viewer.timeZone)}.{' '}
            {status === 'ACTIVE'
              ? 'You are an active MVP.'
              : status === 'ENDED'
                ? 'This award year has ended.'
                : `Your award year starts ${formatDay(award.startsOn)}.`}
          </Alert>
          <Card title="What comes next">
            <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800">
              <li>
                You are an MVP in {what} from {formatDay(award.startsOn)} to {formatDay(award.endsOn)}; your dashboard says so, and so does
                your certificate below.
              </li>
              <li>
                Keep logging your contributions in your{' '}
                <Link href="/evidence" className="font-medium text-brand-700 underline">
                  evidence log
                </Link>
                : before this year ends you renew with the contributions of the new 12 months, in the renewal window of the cycle. We email
                you when it opens.
              </li>
              <li>
                <Link href="/dashboard" className="font-medium text-brand-700 underline">
                  Your dashboard
                </Link>{' '}
                shows this award, its renewal and anything waiting for you.
              </li>
            </ul>
          </Card>
          <Card title="Your certificate">
            <CertificatePanel kind="MVP" recordId={award.id} code={await certificateCodeFor(viewer, 'MVP', award.id)} />
          </Card>
        </>
      ) : award.acceptedAt ? (
        <Alert tone="info">This award was revoked.</Alert>
      ) : status === 'AWAITING_ACCEPTANCE' ? (
        agreements.codeOfConduct && agreements.nda ? (
          <>
            <p className="max-w-3xl text-slate-800">
              Congratulations on the MVP award in {what}. Your award becomes active once you accept the MVP code of conduct and the
              non-disclosure agreement below. Your acceptance is recorded with the time and the version you accepted.
            </p>
            {[agreements.codeOfConduct, agreements.nda].map((a) => (
              <Card key={a.id} title={`${a.title} (version ${a.version})`}>
                <p className="text-sm text-slate-700">In effect from {formatDay(a.effectiveFrom)}.</p>
                <p className="mt-2 whitespace-pre-line">{a.body}</p>
              </Card>
            ))}
            <Card title="Accept">
              <AcceptAwardForm
                awardId={award.id}
                codeOfConduct={{
                  id: agreements.codeOfConduct.id,
                  title: agreements.codeOfConduct.title,
                  version: agreements.codeOfConduct.version,
                }}
                nda={{ id: agreements.nda.id, title: agreements.nda.title, version: agreements.nda.version }}
              />
            </Card>
          </>
        ) : (
          <Alert tone="warning">The MVP agreements are not published yet. Please come back later; your award waits for you.</Alert>
        )
      ) : (
        <Alert tone="info">
          This award can no longer be accepted ({status === 'REVOKED' ? 'it was revoked' : 'its award year has ended'}).
        </Alert>
      )}
    </div>
  );
}
