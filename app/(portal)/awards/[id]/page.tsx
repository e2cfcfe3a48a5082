import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { AcceptAwardForm } from '@/components/awards/accept-award-form-lazy';
import { Alert } from '@/components/ui/alert';
import { Card, PageHeader } from '@/components/ui/card';
import { getAwardForAcceptance } from '@/lib/awards/queries';
import { requireUser } from '@/lib/auth/guards';
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
      {award.acceptedAt ? (
        <Alert tone="success" title="You have accepted this award">
          Accepted {formatInstant(award.acceptedAt, viewer.timeZone)}.{' '}
          {status === 'ACTIVE' ? 'You are an active MVP.' : `Your award year starts ${formatDay(award.startsOn)}.`}{' '}
          <Link href="/dashboard" className="font-medium underline">
            Go to your dashboard
          </Link>
        </Alert>
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
