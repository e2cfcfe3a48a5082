import type { Metadata } from 'next';
import Link from 'next/link';
import { ActionButton } from '@/components/ui/action-button';
import { DeliveriesTable } from '@/components/memberships/deliveries-table';
import { AgreementAcceptForm } from '@/components/mct/agreement-accept-form';
import { AgreementText } from '@/components/mct/agreement-text';
import { AlumniSwitchForm } from '@/components/memberships/alumni-switch-form';
import { LazyDeliveriesChart } from '@/components/memberships/deliveries-chart-lazy';
import { DeliveriesUpload } from '@/components/memberships/deliveries-upload';
import { DeliveryForm } from '@/components/memberships/delivery-form-lazy';
import { Alert } from '@/components/ui/alert';
import { CertificatePanel } from '@/components/certificates/certificate-panel';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { certificateCodeFor } from '@/lib/certificates/queries';
import { formatDayKey } from '@/lib/format';
import { getFormDraft } from '@/lib/drafts/queries';
import { getMyMembership } from '@/lib/memberships/queries';
import { DELIVERY_DRAFT_KEY } from '@/lib/memberships/schema';
import { removeDeliveryAction, requestLoungeAction, submitRenewalAction } from '@/lib/memberships/actions';
import { MCT_RENEWAL_STATUS_COPY } from '@/lib/memberships/lifecycle';
import { env } from '@/lib/env';
import { TableHead } from '@/components/ui/table';

export const metadata: Metadata = { title: 'Your MCT membership' };

const STANDING_LABEL = {
  NONE: 'Not an MCT',
  ACTIVE: 'Active MCT',
  IN_RENEWAL: 'Active MCT, renewal open',
  ALUMNI: 'MCT alumni',
  LAPSED: 'Lapsed',
} as const;

function Check({ met, title, children }: { met: boolean; title: string; children?: React.ReactNode }) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="font-medium">
        <span className={met ? 'text-green-800' : 'text-amber-800'}>{met ? 'Done: ' : 'To do: '}</span>
        {title}
      </p>
      {children ? <div className="mt-1 text-sm text-slate-700">{children}</div> : null}
    </li>
  );
}

export default async function MembershipPage() {
  const viewer = await requireUser();
  const [m, draft] = await Promise.all([getMyMembership(viewer), getFormDraft(viewer, DELIVERY_DRAFT_KEY)]);

  if (!m.membership || m.standing === 'NONE') {
    return (
      <div className="space-y-6">
        <PageHeader title="Your MCT membership" />
        <EmptyState title="You are not an MCT yet">
          <p>
            <Link href="/mct" className="font-medium text-brand-700 underline">
              See the requirements and apply
            </Link>
            .
          </p>
        </EmptyState>
        <Card title="MCT Lounge">
          <p className="text-sm">{m.lounge.refusal}</p>
        </Card>
      </div>
    );
  }

  const isActive = m.standing === 'ACTIVE' || m.standing === 'IN_RENEWAL';
  const renewalStatus = m.renewal?.status ?? null;
  const canChangeDeliveries = isActive && renewalStatus !== 'SUBMITTED' && renewalStatus !== 'APPROVED';
  const canSubmit = m.standing === 'IN_RENEWAL' && canChangeDeliveries && m.agreement.met && m.certification.met && m.deliveries.length > 0;

  return (
    <div className="space-y-6">
      <PageHeader title="Your MCT membership" description="Your status, your membership year, your training deliveries and your renewal." />

      <Card title="Status">
        <dl className="grid gap-3 text-sm sm:grid-cols-2">
          <div>
            <dt className="font-medium text-slate-600">Status</dt>
            <dd className="text-lg font-semibold" data-testid="membership-status">
              {STANDING_LABEL[m.standing]}
            </dd>
          </div>
          <div>
            <dt className="font-medium text-slate-600">Member since</dt>
            <dd>{formatDayKey(m.membership.memberSince)}</dd>
          </div>
          {m.term ? (
            <div>
              <dt className="font-medium text-slate-600">{m.standing === 'LAPSED' ? 'Last membership year' : 'Membership year'}</dt>
              <dd>
                {formatDayKey(m.term.startsOn)} to {formatDayKey(m.term.endsOn)}
                {m.term.isRenewal ? ' (renewed: your renewal was approved)' : ''}
              </dd>
            </div>
          ) : null}
          {m.nextTerm ? (
            <div>
              <dt className="font-medium text-slate-600">Next membership year</dt>
              <dd>
                {formatDayKey(m.nextTerm.startsOn)} to {formatDayKey(m.nextTerm.endsOn)} (renewed: your renewal was approved)
              </dd>
            </div>
          ) : null}
          {isActive && m.daysLeft !== null ? (
            <div>
              <dt className="font-medium text-slate-600">Countdown</dt>
              <dd>
                {m.daysLeft} day{m.daysLeft === 1 ? '' : 's'} left in this year.{' '}
                {m.nextTerm ? `Your next year starts on ${formatDayKey(m.nextTerm.startsOn)}. ` : ''}
                {m.daysUntilRenewalOpens > 0 && m.renewalOpensOn
                  ? `Renewal opens in ${m.daysUntilRenewalOpens} day${m.daysUntilRenewalOpens === 1 ? '' : 's'}, on ${formatDayKey(m.renewalOpensOn)}.`
                  : 'Renewal is open now.'}
              </dd>
            </div>
          ) : null}
          {m.membership.alumniSince ? (
            <div>
              <dt className="font-medium text-slate-600">Alumni since</dt>
              <dd>{formatDayKey(m.membership.alumniSince)}</dd>
            </div>
          ) : null}
          {m.membership.lapsedOn ? (
            <div>
              <dt className="font-medium text-slate-600">Lapsed on</dt>
              <dd>{formatDayKey(m.membership.lapsedOn)}</dd>
            </div>
          ) : null}
        </dl>
        <p className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
          <strong>Next step: </strong>
          {m.nextStep}
        </p>
      </Card>

      {isActive && m.term ? (
        <Card title="Your certificate">
          <CertificatePanel kind="MCT" recordId={m.term.id} code={await certificateCodeFor(viewer, 'MCT', m.term.id)} />
        </Card>
      ) : null}

      {m.reinstatement ? (
        <Card title="Reinstatement">
          <p className="text-sm">
            {m.standing === 'ALUMNI'
              ? 'Alumni return to active through reinstatement: the same requirements as joining (a current eligible certification and this year’s agreement).'
              : 'A lapsed MCT comes back through reinstatement: a current eligible certification and this year’s agreement.'}
          </p>
          <p className="mt-2 text-sm">
            {m.reinstatement.needsNewIsc
              ? `You left active membership on ${m.reinstatement.leftOn ? formatDayKey(m.reinstatement.leftOn) : '—'}, more than 3 years ago, so you also need a new Instructional Skills Certificate (ISC) completion confirmed by an approved provider.`
              : `You left active membership${m.reinstatement.leftOn ? ` on ${formatDayKey(m.reinstatement.leftOn)}` : ''}, 3 years ago or less, so you do not need a new ISC completion.`}
          </p>
          <p className="mt-3 text-sm">
            <Link href="/mct" className="font-medium text-brand-700 underline">
              Apply for reinstatement
            </Link>
          </p>
        </Card>
      ) : null}

      {isActive && m.term ? (
        <Card title="Renewal">
          {renewalStatus ? (
            <p className="mb-3 text-sm">
              Renewal of this year: <strong>{MCT_RENEWAL_STATUS_COPY[renewalStatus].label}</strong>
            </p>
          ) : null}
          {renewalStatus === 'MORE_INFO_REQUESTED' && m.renewal?.adminNote ? (
            <Alert tone="warning" title="The program team asked for more">
              {m.renewal.adminNote}
            </Alert>
          ) : null}
          {renewalStatus === 'REJECTED' && m.renewal?.adminNote ? (
            <Alert tone="warning" title="Your renewal was not approved">
              <p>{m.renewal.adminNote}</p>
              <p className="mt-1">Correct what the program team names, then submit your renewal again.</p>
            </Alert>
          ) : null}
          <ul className="mt-3 space-y-3">
            <Check met={m.agreement.met} title="This year’s MCT Program Agreement, accepted">
              <p>{m.agreement.detail}</p>
              {!m.agreement.met && m.agreement.text ? (
                <div className="mt-2">
                  <AgreementText title={m.agreement.text.title} body={m.agreement.text.body} />
                  <AgreementAcceptForm agreementId={m.agreement.text.id} title={m.agreement.text.title} />
                </div>
              ) : null}
            </Check>
            <Check met={m.certification.met} title="An eligible certification that is current">
              <p>{m.certification.detail}</p>
              {!m.certification.met ? (
                <p className="mt-1">
                  {m.certification.wayForward}{' '}
                  <Link href="/mct/certifications" className="font-medium text-brand-700 underline">
                    My certifications
                  </Link>
                </p>
              ) : null}
            </Check>
            <Check met={m.deliveries.length > 0} title="At least one training delivery in the past year">
              <p>
                {m.deliveries.length === 0
                  ? 'No delivery logged yet: add one below, or upload the spreadsheet.'
                  : `${m.deliveries.length} deliver${m.deliveries.length === 1 ? 'y' : 'ies'} logged in the past year.`}
              </p>
            </Check>
          </ul>
          <div className="mt-4">
            {m.standing !== 'IN_RENEWAL' ? (
              <p className="text-sm text-slate-700">
                Renewal opens on {m.renewalOpensOn ? formatDayKey(m.renewalOpensOn) : '—'}, 90 days before your year ends.
              </p>
            ) : canSubmit ? (
              <ActionButton
                action={submitRenewalAction}
                input={{ termId: m.term.id }}
                label="Submit my renewal"
                pendingLabel="Submitting…"
                variant="primary"
              />
            ) : canChangeDeliveries ? (
              <p className="text-sm text-slate-700">Complete the items above to submit your renewal.</p>
            ) : null}
          </div>
        </Card>
      ) : null}

      <Card title="Deliveries this year">
        <p className="mb-3 text-sm text-slate-700">
          Training deliveries ending in the past year: {m.deliveries.length} in all
          {m.byFormat.map((f) => `, ${f.count} ${f.label.toLowerCase()}`).join('')}.
        </p>
        {m.deliveries.length > 0 ? (
          <>
            <LazyDeliveriesChart months={m.byMonth} />
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer font-medium">The chart’s numbers as a table</summary>
              <table className="mt-2 w-full text-left">
                <caption className="sr-only">Deliveries by month and format</caption>
                <TableHead columns={['Month', 'In person', 'Virtual', 'Hybrid']} rows="py-1" />
                <tbody>
                  {m.byMonth.map((p) => (
                    <tr key={p.month} className="border-b border-slate-100">
                      <th scope="row" className="py-1 pr-3 font-normal">
                        {p.label}
                      </th>
                      <td className="py-1 pr-3">{p.IN_PERSON}</td>
                      <td className="py-1 pr-3">{p.VIRTUAL}</td>
                      <td className="py-1">{p.HYBRID}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </details>
            <DeliveriesTable
              className="mt-4"
              caption="Your deliveries"
              deliveries={m.deliveries}
              actions={(d) =>
                canChangeDeliveries && !d.isLocked ? (
                  <ActionButton
                    action={removeDeliveryAction}
                    input={{ id: d.id }}
                    label="Remove"
                    accessibleName={`Remove ${d.courseCode} starting ${d.startDate}`}
                    confirm="Remove this delivery from your log?"
                    variant="ghost"
                  />
                ) : null
              }
            />
          </>
        ) : null}
      </Card>

      {canChangeDeliveries ? (
        <>
          <Card title="Upload deliveries">
            <DeliveriesUpload />
          </Card>
          <Card title="Add a delivery">
            <DeliveryForm userId={viewer.id} draft={draft} />
          </Card>
        </>
      ) : null}

      <Card title="MCT Lounge">
        {m.lounge.status === 'GRANTED' ? (
          <div className="space-y-2 text-sm">
            <p>You have access to the MCT Lounge. Announcements, professional development and the trainers’ community are there.</p>
            <p>
              <a href={env().MCT_LOUNGE_URL} className="font-medium text-brand-700 underline" rel="noopener noreferrer" target="_blank">
                Open the MCT Lounge<span className="sr-only"> (opens in a new tab)</span>
              </a>
            </p>
          </div>
        ) : m.lounge.refusal ? (
          <p className="text-sm">
            {m.lounge.refusal}
            {m.lounge.status === 'REVOKED' && m.lounge.revokedReason ? ` (Access removed: ${m.lounge.revokedReason.toLowerCase()}.)` : ''}
          </p>
        ) : (
          <div className="space-y-2 text-sm">
            <p>Active MCTs and alumni can use the MCT Lounge. Your status is checked from your records and access is granted at once.</p>
            <ActionButton
              action={requestLoungeAction}
              input={{}}
              label="Request lounge access"
              pendingLabel="Checking…"
              variant="primary"
            />
          </div>
        )}
      </Card>

      {(isActive || m.standing === 'LAPSED') && m.alumniAgreement ? (
        <Card title="Switch to alumni">
          <div className="space-y-2 text-sm">
            <p>
              {m.standing === 'LAPSED'
                ? 'Your membership lapsed. If you no longer deliver training, you can become MCT alumni instead. What changes:'
                : 'If you no longer deliver training, you can become MCT alumni. What changes:'}
            </p>
            <ul className="list-disc pl-5">
              <li>No fee, and no yearly renewal: you stop logging deliveries.</li>
              <li>You keep MCT Lounge access and the exam discount.</li>
              <li>You are no longer an active MCT: you cannot teach official courseware as an MCT.</li>
              <li>To become active again, you apply for reinstatement.</li>
            </ul>
          </div>
          <div className="mt-3">
            <AgreementText title={m.alumniAgreement.title} body={m.alumniAgreement.body} />
          </div>
          <AlumniSwitchForm version={m.membership.version} agreement={{ id: m.alumniAgreement.id, title: m.alumniAgreement.title }} />
        </Card>
      ) : null}
    </div>
  );
}
