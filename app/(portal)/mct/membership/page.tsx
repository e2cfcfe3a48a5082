import type { Metadata } from 'next';
import Link from 'next/link';
import { getLocale, getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/ui/action-button';
import { DeliveriesTable } from '@/components/memberships/deliveries-table';
import { AgreementAcceptForm } from '@/components/mct/agreement-accept-form';
import { AgreementText } from '@/components/mct/agreement-text';
import { mctFormsCopy } from '@/components/mct/form-copy';
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
import { env } from '@/lib/env';
import { TableHead } from '@/components/ui/table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('mctMembership'))('title') };
}

function Check({
  met,
  title,
  labels,
  children,
}: {
  met: boolean;
  title: string;
  labels: { done: string; toDo: string };
  children?: React.ReactNode;
}) {
  return (
    <li className="rounded-md border border-slate-200 p-3">
      <p className="font-medium">
        <span className={met ? 'text-green-800' : 'text-amber-800'}>{met ? labels.done : labels.toDo}</span>
        {title}
      </p>
      {children ? <div className="mt-1 text-sm text-slate-700">{children}</div> : null}
    </li>
  );
}

export default async function MembershipPage() {
  const [viewer, locale] = await Promise.all([requireUser(), getLocale()]);
  const [m, draft, t, copy] = await Promise.all([
    getMyMembership(viewer, new Date(), locale),
    getFormDraft(viewer, DELIVERY_DRAFT_KEY),
    getTranslations('mctMembership'),
    mctFormsCopy(),
  ]);
  const day = (key: Parameters<typeof formatDayKey>[0]) => formatDayKey(key, locale);
  const labels = { done: t('done'), toDo: t('toDo') };
  const formatWords = { IN_PERSON: t('inPerson'), VIRTUAL: t('virtual'), HYBRID: t('hybrid') };

  if (!m.membership || m.standing === 'NONE') {
    return (
      <div className="space-y-6">
        <PageHeader title={t('title')} />
        <EmptyState title={t('notYet')}>
          <p>
            <Link href="/mct" className="font-medium text-brand-700 underline">
              {t('seeRequirements')}
            </Link>
            .
          </p>
        </EmptyState>
        <Card title={t('lounge')}>
          <p className="text-sm">{m.lounge.refusal}</p>
        </Card>
      </div>
    );
  }

  const isActive = m.standing === 'ACTIVE' || m.standing === 'IN_RENEWAL';
  const renewalStatus = m.renewal?.status ?? null;
  const canChangeDeliveries = isActive && renewalStatus !== 'SUBMITTED' && renewalStatus !== 'APPROVED';

  return (
    <div className="space-y-6">
      <PageHeader title={t('title')} description={t('description')} />

      <StatusCard m={m} t={t} day={day} isActive={isActive} />

      {isActive && m.term ? (
        <Card title={t('certificate')}>
          <CertificatePanel kind="MCT" recordId={m.term.id} code={await certificateCodeFor(viewer, 'MCT', m.term.id)} />
        </Card>
      ) : null}

      {m.reinstatement ? <ReinstatementCard m={m} t={t} day={day} /> : null}

      {isActive && m.term ? (
        <RenewalCard m={m} t={t} day={day} copy={copy} labels={labels} canChangeDeliveries={canChangeDeliveries} />
      ) : null}

      <DeliveriesCard m={m} t={t} formatWords={formatWords} canChangeDeliveries={canChangeDeliveries} />

      {canChangeDeliveries ? (
        <>
          <Card title={t('uploadDeliveries')}>
            <DeliveriesUpload copy={copy.deliveriesUpload} />
          </Card>
          <Card title={t('addDelivery')}>
            <DeliveryForm userId={viewer.id} draft={draft} copy={copy.delivery} />
          </Card>
        </>
      ) : null}

      <LoungeCard m={m} t={t} />

      {(isActive || m.standing === 'LAPSED') && m.alumniAgreement ? <AlumniCard m={m} t={t} copy={copy} /> : null}
    </div>
  );
}

type Membership = Awaited<ReturnType<typeof getMyMembership>>;
type T = Awaited<ReturnType<typeof getTranslations<'mctMembership'>>>;
type Day = (key: Parameters<typeof formatDayKey>[0]) => string;
type FormsCopy = Awaited<ReturnType<typeof mctFormsCopy>>;
type FormatWords = Record<'IN_PERSON' | 'VIRTUAL' | 'HYBRID', string>;

/** Where the membership stands: its years, the countdown to renewal, and the next step. */
function StatusCard({ m, t, day, isActive }: { m: Membership; t: T; day: Day; isActive: boolean }) {
  if (!m.membership) return null;
  return (
    <Card title={t('status')}>
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        <div>
          <dt className="font-medium text-slate-600">{t('status')}</dt>
          <dd className="text-lg font-semibold" data-testid="membership-status">
            {t(`standing.${m.standing}`)}
          </dd>
        </div>
        <div>
          <dt className="font-medium text-slate-600">{t('memberSince')}</dt>
          <dd>{day(m.membership.memberSince)}</dd>
        </div>
        {m.term ? (
          <div>
            <dt className="font-medium text-slate-600">{m.standing === 'LAPSED' ? t('lastYear') : t('year')}</dt>
            <dd>
              {t('range', { start: day(m.term.startsOn), end: day(m.term.endsOn) })}
              {m.term.isRenewal ? t('renewedSuffix') : ''}
            </dd>
          </div>
        ) : null}
        {m.nextTerm ? (
          <div>
            <dt className="font-medium text-slate-600">{t('nextYear')}</dt>
            <dd>
              {t('range', { start: day(m.nextTerm.startsOn), end: day(m.nextTerm.endsOn) })}
              {t('renewedSuffix')}
            </dd>
          </div>
        ) : null}
        {isActive && m.daysLeft !== null ? (
          <div>
            <dt className="font-medium text-slate-600">{t('countdown')}</dt>
            <dd>
              {t('daysLeft', { count: m.daysLeft })} {m.nextTerm ? t('nextYearStarts', { date: day(m.nextTerm.startsOn) }) : ''}
              {m.daysUntilRenewalOpens > 0 && m.renewalOpensOn
                ? t('renewalOpensIn', { count: m.daysUntilRenewalOpens, date: day(m.renewalOpensOn) })
                : t('renewalOpenNow')}
            </dd>
          </div>
        ) : null}
        {m.membership.alumniSince ? (
          <div>
            <dt className="font-medium text-slate-600">{t('alumniSince')}</dt>
            <dd>{day(m.membership.alumniSince)}</dd>
          </div>
        ) : null}
        {m.membership.lapsedOn ? (
          <div>
            <dt className="font-medium text-slate-600">{t('lapsedOn')}</dt>
            <dd>{day(m.membership.lapsedOn)}</dd>
          </div>
        ) : null}
      </dl>
      <p className="mt-4 rounded-md bg-brand-50 p-3 text-sm text-brand-800">
        <strong>{t('nextStep')}</strong>
        {m.nextStep}
      </p>
    </Card>
  );
}

/** How a lapsed member or an alumnus comes back. */
function ReinstatementCard({ m, t, day }: { m: Membership; t: T; day: Day }) {
  if (!m.reinstatement) return null;
  return (
    <Card title={t('reinstatement')}>
      <p className="text-sm">{m.standing === 'ALUMNI' ? t('reinstateAlumni') : t('reinstateLapsed')}</p>
      <p className="mt-2 text-sm">
        {m.reinstatement.needsNewIsc
          ? t('needsNewIsc', { date: m.reinstatement.leftOn ? day(m.reinstatement.leftOn) : '—' })
          : m.reinstatement.leftOn
            ? t('noNewIsc', { date: day(m.reinstatement.leftOn) })
            : t('noNewIscNoDate')}
      </p>
      <p className="mt-3 text-sm">
        <Link href="/mct" className="font-medium text-brand-700 underline">
          {t('applyReinstatement')}
        </Link>
      </p>
    </Card>
  );
}

/** This year's renewal: what it needs, each requirement met or not, and the button once all are. */
function RenewalCard({
  m,
  t,
  day,
  copy,
  labels,
  canChangeDeliveries,
}: {
  m: Membership;
  t: T;
  day: Day;
  copy: FormsCopy;
  labels: { done: string; toDo: string };
  canChangeDeliveries: boolean;
}) {
  if (!m.term) return null;
  const renewalStatus = m.renewal?.status ?? null;
  const canSubmit = m.standing === 'IN_RENEWAL' && canChangeDeliveries && m.agreement.met && m.certification.met && m.deliveries.length > 0;
  return (
    <Card title={t('renewal')}>
      {renewalStatus ? (
        <p className="mb-3 text-sm">
          {t('renewalOfYear')} <strong>{t(`renewalStatus.${renewalStatus}`)}</strong>
        </p>
      ) : null}
      {renewalStatus === 'MORE_INFO_REQUESTED' && m.renewal?.adminNote ? (
        <Alert tone="warning" title={t('askedForMore')}>
          {m.renewal.adminNote}
        </Alert>
      ) : null}
      {renewalStatus === 'REJECTED' && m.renewal?.adminNote ? (
        <Alert tone="warning" title={t('notApproved')}>
          <p>{m.renewal.adminNote}</p>
          <p className="mt-1">{t('correctAndResubmit')}</p>
        </Alert>
      ) : null}
      <ul className="mt-3 space-y-3">
        <Check met={m.agreement.met} title={t('checkAgreement')} labels={labels}>
          <p>{m.agreement.detail}</p>
          {!m.agreement.met && m.agreement.text ? (
            <div className="mt-2">
              <AgreementText title={m.agreement.text.title} body={m.agreement.text.body} />
              <AgreementAcceptForm agreementId={m.agreement.text.id} title={m.agreement.text.title} copy={copy.agreement} />
            </div>
          ) : null}
        </Check>
        <Check met={m.certification.met} title={t('checkCertification')} labels={labels}>
          <p>{m.certification.detail}</p>
          {!m.certification.met ? (
            <p className="mt-1">
              {m.certification.wayForward}{' '}
              <Link href="/mct/certifications" className="font-medium text-brand-700 underline">
                {t('myCertifications')}
              </Link>
            </p>
          ) : null}
        </Check>
        <Check met={m.deliveries.length > 0} title={t('checkDelivery')} labels={labels}>
          <p>{m.deliveries.length === 0 ? t('noDelivery') : t('deliveriesLogged', { count: m.deliveries.length })}</p>
        </Check>
      </ul>
      <div className="mt-4">
        {m.standing !== 'IN_RENEWAL' ? (
          <p className="text-sm text-slate-700">{t('renewalOpensOn', { date: m.renewalOpensOn ? day(m.renewalOpensOn) : '—' })}</p>
        ) : canSubmit ? (
          <ActionButton
            action={submitRenewalAction}
            input={{ termId: m.term.id }}
            label={t('submitRenewal')}
            pendingLabel={t('submitting')}
            variant="primary"
          />
        ) : canChangeDeliveries ? (
          <p className="text-sm text-slate-700">{t('completeItems')}</p>
        ) : null}
      </div>
    </Card>
  );
}

/** The year's training deliveries: counts by format, the chart with its table, and the list. */
function DeliveriesCard({
  m,
  t,
  formatWords,
  canChangeDeliveries,
}: {
  m: Membership;
  t: T;
  formatWords: FormatWords;
  canChangeDeliveries: boolean;
}) {
  return (
    <Card title={t('deliveriesThisYear')}>
      <p className="mb-3 text-sm text-slate-700">
        {t('deliveriesInAll', { count: m.deliveries.length })}
        {m.byFormat.map((f) => `, ${t(`formatCount.${f.format}`, { count: f.count })}`).join('')}.
      </p>
      {m.deliveries.length > 0 ? (
        <>
          <LazyDeliveriesChart months={m.byMonth} names={formatWords} />
          <details className="mt-2 text-sm">
            <summary className="cursor-pointer font-medium">{t('chartAsTable')}</summary>
            <table className="mt-2 w-full text-left">
              <caption className="sr-only">{t('chartCaption')}</caption>
              <TableHead columns={[t('month'), t('inPerson'), t('virtual'), t('hybrid')]} rows="py-1" />
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
            caption={t('yourDeliveries')}
            deliveries={m.deliveries.map((d) => ({ ...d, formatLabel: formatWords[d.format] }))}
            words={{
              columns: [
                t('table.course'),
                t('table.dates'),
                t('table.format'),
                t('table.students'),
                t('table.partner'),
                t('table.satisfaction'),
              ],
              actions: t('table.actions'),
              range: t.raw('table.range') as string,
            }}
            actions={(d) =>
              canChangeDeliveries && !d.isLocked ? (
                <ActionButton
                  action={removeDeliveryAction}
                  input={{ id: d.id }}
                  label={t('remove')}
                  accessibleName={t('removeName', { course: d.courseCode, start: d.startDate })}
                  confirm={t('removeConfirm')}
                  variant="ghost"
                />
              ) : null
            }
          />
        </>
      ) : null}
    </Card>
  );
}

/** The MCT Lounge: the link when granted, why not when refused, else the request. */
function LoungeCard({ m, t }: { m: Membership; t: T }) {
  return (
    <Card title={t('lounge')}>
      {m.lounge.status === 'GRANTED' ? (
        <div className="space-y-2 text-sm">
          <p>{t('loungeGranted')}</p>
          <p>
            <a href={env().MCT_LOUNGE_URL} className="font-medium text-brand-700 underline" rel="noopener noreferrer" target="_blank">
              {t('openLounge')}
              <span className="sr-only">{t('newTab')}</span>
            </a>
          </p>
        </div>
      ) : m.lounge.refusal ? (
        <p className="text-sm">
          {m.lounge.refusal}
          {m.lounge.status === 'REVOKED' && m.lounge.revokedReason
            ? t('accessRemoved', { reason: m.lounge.revokedReason.toLowerCase() })
            : ''}
        </p>
      ) : (
        <div className="space-y-2 text-sm">
          <p>{t('loungeWho')}</p>
          <ActionButton action={requestLoungeAction} input={{}} label={t('requestLounge')} pendingLabel={t('checking')} variant="primary" />
        </div>
      )}
    </Card>
  );
}

/** Switching to alumni, under the alumni agreement. */
function AlumniCard({ m, t, copy }: { m: Membership; t: T; copy: FormsCopy }) {
  if (!m.membership || !m.alumniAgreement) return null;
  return (
    <Card title={t('switchAlumni')}>
      <div className="space-y-2 text-sm">
        <p>{m.standing === 'LAPSED' ? t('alumniLapsed') : t('alumniActive')}</p>
        <ul className="list-disc pl-5">
          <li>{t('alumniNoFee')}</li>
          <li>{t('alumniKeep')}</li>
          <li>{t('alumniNotActive')}</li>
          <li>{t('alumniReturn')}</li>
        </ul>
      </div>
      <div className="mt-3">
        <AgreementText title={m.alumniAgreement.title} body={m.alumniAgreement.body} />
      </div>
      <AlumniSwitchForm
        version={m.membership.version}
        agreement={{ id: m.alumniAgreement.id, title: m.alumniAgreement.title }}
        copy={copy.alumni}
      />
    </Card>
  );
}
