import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { getOutcome } from '@/lib/decisions/queries';
import { formatInstant } from '@/lib/format';

export const metadata: Metadata = { title: 'Outcome' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function OutcomePage({ params }: { params: Promise<{ submissionId: string }> }) {
  const { submissionId } = await params;
  const viewer = await requireUser();
  const o = UUID.test(submissionId) ? await getOutcome(viewer, submissionId) : null;
  if (!o) notFound();
  const isAward = o.outcome === 'AWARD';
  const what = o.kind === 'RENEWAL' ? 'renewal' : 'nomination';
  return (
    <div className="space-y-6">
      <PageHeader
        title={
          isAward
            ? o.kind === 'RENEWAL'
              ? `Renewed: MVP in ${o.categoryName}`
              : `Awarded: MVP in ${o.categoryName}`
            : `Not ${o.kind === 'RENEWAL' ? 'renewed' : 'awarded'} this time: ${o.categoryName}`
        }
        description={`The outcome of your ${what}, released ${formatInstant(o.releasedAt, viewer.timeZone)}.`}
      />
      {isAward && o.award && !o.award.acceptedAt ? (
        <p>
          <Link href={`/awards/${o.award.id}`} className="font-semibold text-brand-700 underline">
            Accept your award
          </Link>{' '}
          to activate it: the MVP code of conduct and the non-disclosure agreement.
        </p>
      ) : null}
      <Card title="Feedback of the committee">
        <p className="whitespace-pre-line">{o.feedback}</p>
      </Card>
      <Card title="Feedback of the reviewers">
        {o.reviewerFeedback.length === 0 ? (
          <p className="text-sm text-slate-700">The reviewers left no feedback for you.</p>
        ) : (
          <ul className="space-y-3">
            {o.reviewerFeedback.map((text, i) => (
              <li key={i} className="border-l-4 border-slate-300 pl-3 whitespace-pre-line">
                {text}
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
