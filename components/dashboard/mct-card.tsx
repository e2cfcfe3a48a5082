import Link from 'next/link';
import { ApplicationStatus } from '@/components/mct/application-status';
import { Alert } from '@/components/ui/alert';
import { Card } from '@/components/ui/card';
import { getMyCertificationOutlook } from '@/lib/memberships/certification-expiry';
import { CERTIFICATION_WAY_FORWARD } from '@/lib/memberships/certification-outlook';
import { formatDay, formatDayKey } from '@/lib/format';
import { findLatestMembershipTerm, findOpenMctApplication } from '@/lib/mct/queries';
import type { Viewer } from '@/lib/auth/viewer';
import type { MctStanding } from '@/lib/auth/status';

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

/** The MCT side of the dashboard: membership standing and dates, an open application with its next
 * step, and where to go. */
export async function MctCard({ viewer }: { viewer: Viewer }) {
  const [application, term, risk] = await Promise.all([
    findOpenMctApplication(viewer),
    findLatestMembershipTerm(viewer),
    getMyCertificationOutlook(viewer),
  ]);
  const copy = MCT_COPY[viewer.mct.standing];
  const isMember = viewer.mct.standing === 'ACTIVE' || viewer.mct.standing === 'IN_RENEWAL';
  return (
    <Card title="Microsoft Certified Trainer">
      <p className="font-medium">{copy.label}</p>
      {isMember && term ? (
        <p className="text-sm text-slate-700">
          Membership year {formatDay(term.startsOn)} to {formatDay(term.endsOn)}; member since {formatDay(term.membership.memberSince)}.
        </p>
      ) : viewer.mct.termEndsOn && viewer.mct.standing !== 'NONE' ? (
        <p className="text-sm text-slate-700">Membership year ended {formatDayKey(viewer.mct.termEndsOn)}.</p>
      ) : null}
      <p className="mt-2 text-sm text-slate-700">{copy.next}</p>
      {risk ? (
        <div className="mt-3">
          <Alert tone="warning" title="Your certification runs out before your renewal">
            <p>
              {risk.outlook.best && risk.outlook.lastDay
                ? `${risk.outlook.best.code} counts until ${formatDayKey(risk.outlook.lastDay)}; your membership year ends on ${formatDayKey(risk.termEndsOn)}.`
                : `None of your certifications counts today; your membership year ends on ${formatDayKey(risk.termEndsOn)}.`}{' '}
              {CERTIFICATION_WAY_FORWARD}
            </p>
            <Link href="/mct/certifications" className="mt-1 inline-block font-medium text-brand-700 underline">
              Update your certifications
            </Link>
          </Alert>
        </div>
      ) : null}
      {application ? (
        <div className="mt-3 rounded-md border border-slate-200 p-3">
          <p className="text-sm font-medium">
            Your application (
            {application.channel === 'PROVIDER' ? `started by ${application.provider?.name ?? 'your ISC provider'}` : 'self-service'})
          </p>
          <ApplicationStatus status={application.status} reader="candidate" />
          <Link href={`/mct/applications/${application.id}`} className="mt-1 inline-block text-sm font-medium text-brand-700 underline">
            {application.status === 'AWAITING_CANDIDATE' ? 'Review and accept your application' : 'Open your application'}
          </Link>
        </div>
      ) : !isMember ? (
        <p className="mt-3 text-sm">
          <Link href="/mct" className="font-medium text-brand-700 underline">
            {viewer.mct.standing === 'NONE' ? 'Become an MCT: see where you stand' : 'Apply to reinstate'}
          </Link>
        </p>
      ) : null}
      {viewer.mct.standing !== 'NONE' ? (
        <p className="mt-3 text-sm">
          <Link href="/mct/membership" className="font-medium text-brand-700 underline">
            Your membership, deliveries and renewal
          </Link>
        </p>
      ) : null}
    </Card>
  );
}
