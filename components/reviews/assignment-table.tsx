'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { assignReviewersAction, autoAssignAction, removeAssignmentAction } from '@/lib/reviews/actions';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import type { ReviewStatus, SubmissionKind, SubmissionStatus } from '@/lib/generated/prisma/enums';
import { REVIEW_STATUS_COPY, SUBMISSION_STATUS_LABELS } from '@/lib/reviews/lifecycle';
import { TableHead } from '@/components/ui/table';

type Row = {
  id: string;
  kind: SubmissionKind;
  status: SubmissionStatus;
  candidateName: string;
  focusAreaName: string | null;
  reviewers: { assignmentId: string; version: number; name: string; status: ReviewStatus; method: 'MANUAL' | 'AUTOMATIC' }[];
  removed: { name: string; reason: string | null }[];
  missing: number;
  conflicts: Record<string, string>;
};
type Reviewer = { id: string; name: string; openReviews: number };
type Props = {
  cycleId: string;
  categoryId: string;
  categoryName: string;
  perSubmission: number;
  isClosed: boolean;
  submissions: Row[];
  reviewers: Reviewer[];
};

type Message = { tone: 'success' | 'error' | 'warning'; text: string; details?: string[] };

/** The admin's assignment board of one category: choose submissions and reviewers to assign in bulk,
 * or fill every submission automatically; take a reviewer off. Conflicts show before anyone is chosen. */
export function AssignmentTable({ cycleId, categoryId, categoryName, perSubmission, isClosed, submissions, reviewers }: Props) {
  const router = useRouter();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<Message | null>(null);

  const toggle = (set: Set<string>, id: string) => {
    const next = new Set(set);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    return next;
  };
  const reviewerName = (id: string) => reviewers.find((r) => r.id === id)?.name ?? 'A reviewer';

  async function assignSelected() {
    setPending('assign');
    setMessage(null);
    const result = await assignReviewersAction({ submissionIds: [...selected], reviewerIds: [...chosen] });
    setPending(null);
    if (!result.ok) {
      const fields = Object.values(result.fieldErrors ?? {}).flat();
      setMessage({ tone: 'error', text: fields.length ? fields.join(' ') : result.error });
      return;
    }
    const { assigned, alreadyAssigned } = result.data;
    setMessage({
      tone: 'success',
      text: `Assigned ${assigned} review${assigned === 1 ? '' : 's'}.${alreadyAssigned ? ` ${alreadyAssigned} already assigned.` : ''}`,
    });
    setSelected(new Set());
    setChosen(new Set());
    router.refresh();
  }

  async function assignAutomatically() {
    setPending('auto');
    setMessage(null);
    const result = await autoAssignAction({ cycleId, categoryId });
    setPending(null);
    if (!result.ok) {
      setMessage({ tone: 'error', text: result.error });
      return;
    }
    const { assigned, shortfalls } = result.data;
    setMessage({
      tone: shortfalls.length ? 'warning' : 'success',
      text: `Assigned ${assigned} review${assigned === 1 ? '' : 's'} automatically.${shortfalls.length ? ' Some submissions could not get enough reviewers without a conflict:' : ''}`,
      details: shortfalls.map((s) => `${s.candidateName}: ${s.missing} more reviewer${s.missing === 1 ? '' : 's'} needed`),
    });
    router.refresh();
  }

  async function remove(assignmentId: string, version: number, name: string) {
    setPending(assignmentId);
    setMessage(null);
    const result = await removeAssignmentAction({ assignmentId, version });
    setPending(null);
    setMessage(result.ok ? { tone: 'success', text: `${name} is off that submission.` } : { tone: 'error', text: result.error });
    if (result.ok) router.refresh();
  }

  if (submissions.length === 0) {
    return <p className="text-sm text-slate-700">No submission in {categoryName} is waiting for reviewers or under review.</p>;
  }
  return (
    <div className="space-y-4">
      {message ? (
        <Alert tone={message.tone}>
          <p>{message.text}</p>
          {message.details?.length ? (
            <ul className="mt-1 list-disc pl-5">
              {message.details.map((d) => (
                <li key={d}>{d}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {isClosed ? <Alert tone="info">Review is closed for this cycle; reviewers can no longer be assigned.</Alert> : null}

      <div className="overflow-x-auto" role="region" aria-label={`Submissions in ${categoryName}`} tabIndex={0}>
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Submissions in {categoryName} and their reviewers</caption>
          <TableHead
            columns={[
              <span key="select" className="sr-only">
                Select
              </span>,
              'Candidate',
              'Status',
              'Reviewers',
              'Conflicts',
            ]}
            gap="pr-4"
          />
          <tbody>
            {submissions.map((s) => (
              <tr key={s.id} className="border-b border-slate-200 align-top">
                <td className="py-3 pr-3">
                  <input
                    type="checkbox"
                    aria-label={`Select ${s.candidateName}`}
                    checked={selected.has(s.id)}
                    disabled={isClosed}
                    onChange={() => setSelected((x) => toggle(x, s.id))}
                  />
                </td>
                <td className="py-3 pr-4">
                  <p className="font-medium">{s.candidateName}</p>
                  <p className="text-slate-700">
                    {s.kind === 'RENEWAL' ? 'Renewal' : 'Nomination'}
                    {s.focusAreaName ? ` · ${s.focusAreaName}` : ''}
                  </p>
                </td>
                <td className="py-3 pr-4">
                  <p>{SUBMISSION_STATUS_LABELS[s.status]}</p>
                  {s.missing > 0 ? (
                    <p className="font-medium text-amber-800">
                      Needs {s.missing} more reviewer{s.missing === 1 ? '' : 's'} (of {perSubmission})
                    </p>
                  ) : (
                    <p className="text-slate-700">Fully assigned</p>
                  )}
                </td>
                <td className="py-3 pr-4">
                  {s.reviewers.length === 0 ? <p className="text-slate-700">None yet</p> : null}
                  <ul className="space-y-1">
                    {s.reviewers.map((r) => (
                      <li key={r.assignmentId} className="flex flex-wrap items-center gap-2">
                        <span>
                          {r.name} <span className="text-slate-700">({REVIEW_STATUS_COPY[r.status].label.toLowerCase()})</span>
                        </span>
                        {!isClosed ? (
                          <button
                            type="button"
                            className="text-sm font-medium text-red-800 underline"
                            disabled={pending !== null}
                            onClick={() => void remove(r.assignmentId, r.version, r.name)}
                          >
                            Remove
                            <span className="sr-only">
                              {' '}
                              {r.name} from {s.candidateName}
                            </span>
                          </button>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                  {s.removed.map((r) => (
                    <p key={r.name} className="text-slate-700">
                      {r.name}: off ({r.reason ?? 'removed'})
                    </p>
                  ))}
                </td>
                <td className="py-3 pr-4">
                  {Object.keys(s.conflicts).length === 0 ? (
                    <span className="text-slate-700">None known</span>
                  ) : (
                    <ul className="space-y-1">
                      {Object.entries(s.conflicts).map(([id, reason]) => (
                        <li key={id}>
                          <span className="font-medium">{reviewerName(id)}</span>: {reason}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {!isClosed ? (
        <div className="grid gap-4 md:grid-cols-2">
          <fieldset className="space-y-2 rounded-md border border-slate-200 p-4">
            <legend className="px-1 text-sm font-semibold">Assign by hand</legend>
            <p className="text-sm text-slate-700">Select submissions above, then the reviewers to give each of them.</p>
            {reviewers.length === 0 ? <p className="text-sm">Nobody reviews {categoryName} yet.</p> : null}
            {reviewers.map((r) => (
              <label key={r.id} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={chosen.has(r.id)} onChange={() => setChosen((x) => toggle(x, r.id))} />
                {r.name} <span className="text-slate-700">({r.openReviews} open reviews)</span>
              </label>
            ))}
            <Button
              type="button"
              disabled={pending !== null || selected.size === 0 || chosen.size === 0}
              onClick={() => void assignSelected()}
            >
              {pending === 'assign' ? 'Assigning…' : `Assign to ${selected.size} selected submission${selected.size === 1 ? '' : 's'}`}
            </Button>
          </fieldset>
          <div className="space-y-2 rounded-md border border-slate-200 p-4">
            <h3 className="text-sm font-semibold">Assign automatically</h3>
            <p className="text-sm text-slate-700">
              Gives every submission in {categoryName} {perSubmission} reviewer{perSubmission === 1 ? '' : 's'}, spreading the work evenly
              and never assigning someone with a conflict.
            </p>
            <Button type="button" variant="secondary" disabled={pending !== null} onClick={() => void assignAutomatically()}>
              {pending === 'auto' ? 'Assigning…' : 'Assign automatically'}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
