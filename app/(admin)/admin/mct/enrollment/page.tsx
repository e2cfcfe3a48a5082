import type { Metadata } from 'next';
import { ActionButton } from '@/components/ui/action-button';
import { EnrollmentSettingsForm } from '@/components/mct/enrollment-settings-form';
import { HeldQueue } from '@/components/mct/held-queue';
import { AddPauseForm, EditPauseForm } from '@/components/mct/pause-form';
import { Alert } from '@/components/ui/alert';
import { Card, EmptyState, PageHeader } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guards';
import { addDays } from '@/lib/dates';
import { formatDayKey, formatInstant } from '@/lib/format';
import { pauseInstants } from '@/lib/mct/enrollment-window';
import { getEnrollmentSettingsForAdmin } from '@/lib/mct/queries';
import { removePauseAction } from '@/lib/mct/actions';
import { zoneLabel } from '@/lib/time-zones';

export const metadata: Metadata = { title: 'MCT enrollment settings' };

export default async function EnrollmentSettingsPage() {
  const viewer = await requireUser();
  const { settings, pauses, window, today, closure, held } = await getEnrollmentSettingsForAdmin(viewer);
  return (
    <div className="space-y-6">
      <PageHeader
        title="MCT enrollment settings"
        description={`Self-service enrollment, its fee and its pause windows. Pause dates are days in the program’s time zone (${zoneLabel(settings.timeZone)}): the first and the last paused day are both included, and self-service opens again the day after the last one. Today in that time zone is ${formatDayKey(today)}.`}
      />
      {window.isOpen ? (
        <Alert tone="success" title="Self-service is open today">
          Candidates who meet the requirements can apply.
        </Alert>
      ) : (
        <Alert tone="warning" title={closure?.title ?? 'Self-service is closed today'}>
          {closure?.lines.map((l) => (
            <p key={l}>{l}</p>
          ))}
        </Alert>
      )}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Self-service and fee">
          <EnrollmentSettingsForm
            initial={{
              version: settings.version,
              selfServiceEnabled: settings.selfServiceEnabled,
              selfServiceOffReason: settings.selfServiceOffReason ?? '',
              mctFeeWaived: settings.mctFeeWaived,
              mctFee: (settings.mctFeeCents / 100).toFixed(2),
              mctFeeCurrency: settings.mctFeeCurrency,
              mctFeeWaiverNote: settings.mctFeeWaiverNote ?? '',
            }}
          />
        </Card>
        <Card title="Add a pause window">
          <AddPauseForm idPrefix="new-pause" />
        </Card>
      </div>
      <Card title="Pause windows">
        {pauses.length === 0 ? (
          <EmptyState title="No pause windows" />
        ) : (
          <ul className="divide-y divide-slate-200">
            {pauses.map((p) => {
              const { startsAt, reopensAt } = pauseInstants(p, settings.timeZone);
              const label = `${formatDayKey(p.startsOn)} to ${formatDayKey(p.endsOn)}`;
              // An ended pause stays as it was: it explains the refusals people met then.
              const ended = p.endsOn < today;
              return (
                <li key={p.id} className="space-y-2 py-4">
                  <div className="flex flex-wrap items-start justify-between gap-3">
                    <div>
                      <p className="font-medium">{label}</p>
                      <p className="text-sm text-slate-700">{p.reason}</p>
                      <p className="text-sm text-slate-600">
                        {ended ? 'Ended. ' : ''}Self-service {ended ? 'opened' : 'opens'} again on {formatDayKey(addDays(p.endsOn, 1))}. In
                        your time zone: {formatInstant(startsAt, viewer.timeZone)} until {formatInstant(reopensAt, viewer.timeZone)}.
                      </p>
                    </div>
                    {ended ? null : (
                      <ActionButton
                        action={removePauseAction}
                        input={{ id: p.id, version: p.version }}
                        label="Remove"
                        accessibleName={`Remove the pause ${label}`}
                        confirm={`Remove the pause from ${label}?${held.applications.length > 0 && !ended ? ' The held applications go to their candidates if enrollment reopens today.' : ''}`}
                        variant="danger"
                      />
                    )}
                  </div>
                  {ended ? null : (
                    <details>
                      <summary className="cursor-pointer text-sm font-medium text-brand-700">Edit the pause {label}</summary>
                      <div className="mt-3">
                        <EditPauseForm
                          key={`${p.id}-${p.version}`}
                          idPrefix={`pause-${p.id}`}
                          pause={{ id: p.id, version: p.version, startsOn: p.startsOn, endsOn: p.endsOn, reason: p.reason }}
                        />
                      </div>
                    </details>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </Card>
      <Card title={`Held provider applications (${held.applications.length})`}>
        <HeldQueue applications={held.applications} notice={held.notice} timeZone={viewer.timeZone} />
      </Card>
    </div>
  );
}
