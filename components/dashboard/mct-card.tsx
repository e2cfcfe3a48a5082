import { Card } from '@/components/ui/card';
import { formatDay } from '@/lib/format';
import { findOpenMctApplication } from '@/lib/mct/queries';
import type { MctStanding } from '@/lib/people/status';
import type { Viewer } from '@/lib/people/viewer';

const MCT_COPY: Record<MctStanding, { label: string; next: string }> = {
  NONE: {
    label: 'Not an MCT',
    next: 'To join, you need a current associate or expert certification and an ISC completion from an approved provider.',
  },
  ACTIVE: { label: 'Active MCT', next: 'Keep your training deliveries logged; renewal opens 90 days before your membership year ends.' },
  IN_RENEWAL: {
    label: 'Active MCT: renewal open',
    next: 'Renew before your membership year ends: accept this year’s agreement and upload your deliveries.',
  },
  ALUMNI: { label: 'MCT Alumni', next: 'You keep MCT Lounge access and exam discounts. Reinstate to return to active.' },
  LAPSED: { label: 'Lapsed MCT', next: 'Your membership ended. You can apply for reinstatement.' },
};

/** The MCT side of the dashboard: membership standing, an open application, and what to do next. */
export async function MctCard({ viewer }: { viewer: Viewer }) {
  const application = await findOpenMctApplication(viewer);
  const copy = MCT_COPY[viewer.mct.standing];
  return (
    <Card title="Microsoft Certified Trainer">
      <p className="font-medium">{copy.label}</p>
      {viewer.mct.termEndsOn && viewer.mct.standing !== 'NONE' ? (
        <p className="text-sm text-slate-700">Membership year ends {formatDay(new Date(`${viewer.mct.termEndsOn}T00:00:00Z`))}.</p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">{copy.next}</p>
      {application ? (
        <p className="mt-3 text-sm">
          Your application ({application.channel === 'PROVIDER' ? 'started by your ISC provider' : 'self-service'}) is{' '}
          {application.status === 'AWAITING_CANDIDATE' ? 'waiting for you to review it and accept the agreement' : 'with the program team'}.
        </p>
      ) : null}
    </Card>
  );
}
