import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound, redirect } from 'next/navigation';
import { SubmitEvidenceForm, type SubmittableItem } from '@/components/nominations/submit-evidence-form';
import { Card, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { currentWindowFor, listEvidenceItems } from '@/lib/evidence/queries';
import { CONTRIBUTION_TYPES, describeMetrics } from '@/lib/evidence/types';
import { formatDayKey, formatInstant } from '@/lib/format';
import { activeFocusAreasOf, getNominationForViewer } from '@/lib/nominations/queries';

export const metadata: Metadata = { title: 'Submit your evidence' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export default async function SubmitEvidencePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const viewer = await requireUser();
  if (!UUID.test(id)) notFound();
  const n = await getNominationForViewer(viewer, id);
  if (!n || n.role !== 'nominee') notFound();
  // Submitting is the step after accepting; anywhere else the nomination page says what to do.
  if (n.status !== 'ACCEPTED') redirect(`/nominations/${id}`);

  const window = currentWindowFor(viewer);
  const [items, focusAreas] = await Promise.all([listEvidenceItems(viewer, window), activeFocusAreasOf(n.categoryId)]);
  const windowLabel = `${formatDayKey(window.start)} to ${formatDayKey(window.end)}`;
  const submittable: SubmittableItem[] = items
    .slice()
    .sort((a, b) => (a.position === b.position ? b.startDate.localeCompare(a.startDate) : a.position === 'inside' ? -1 : 1))
    .map((item) => ({
      id: item.id,
      title: item.title,
      typeLabel: CONTRIBUTION_TYPES[item.type].label,
      dates: item.endDate ? `${formatDayKey(item.startDate)} to ${formatDayKey(item.endDate)}` : formatDayKey(item.startDate),
      reach: describeMetrics(item.metrics),
      blockedBecause:
        item.position !== 'inside'
          ? 'Outside the 12-month window: cannot be submitted.'
          : item.isFullTimeJob
            ? 'Part of your full-time job: cannot be submitted.'
            : null,
    }));

  return (
    <div className="space-y-6">
      <PageHeader
        title="Submit your evidence"
        description={`For your MVP nomination in ${n.categoryName}. Deadline: ${formatInstant(n.submissionDeadline, viewer.timeZone)}.`}
      />
      <Card>
        <SubmitEvidenceForm
          nominationId={n.id}
          items={submittable}
          windowLabel={windowLabel}
          categoryName={n.categoryName}
          focusAreas={focusAreas}
          initialFocusAreaId={n.focusAreaId}
          nominatorName={n.nominatorName}
        />
      </Card>
      <p className="text-sm">
        Something missing?{' '}
        <Link href="/evidence/new" className="font-medium text-brand-700 underline">
          Add a contribution
        </Link>{' '}
        or{' '}
        <Link href={`/nominations/${n.id}`} className="font-medium text-brand-700 underline">
          go back to the nomination
        </Link>
        .
      </p>
    </div>
  );
}
