import type { Prisma } from '@/lib/generated/prisma/client';

/** What a person wrote of an evidence item (its metrics aside), in the order the data export lists it. */
export const evidenceFieldsSelect = {
  id: true,
  type: true,
  role: true,
  title: true,
  description: true,
  startDate: true,
  endDate: true,
  url: true,
  audience: true,
  category: { select: { name: true } },
  focusArea: { select: { name: true } },
  isPaid: true,
  isFullTimeJob: true,
  privateNote: true,
  isHighImpact: true,
} as const satisfies Prisma.EvidenceItemSelect;

/** What of an evidence item is read to freeze it into a submission. */
export const snapshotSelect = {
  ...evidenceFieldsSelect,
  metrics: { select: { metric: true, value: true } },
} as const satisfies Prisma.EvidenceItemSelect;

/** A frozen copy of an evidence item in a submission, as its candidate, reviewers and admins read it. */
export const submissionItemSelect = {
  type: true,
  role: true,
  title: true,
  description: true,
  startDate: true,
  endDate: true,
  url: true,
  audience: true,
  technologyArea: true,
  isPaid: true,
  privateNote: true,
  isHighImpact: true,
  metrics: true,
} as const satisfies Prisma.SubmissionItemSelect;

export type SnapshotSource = Prisma.EvidenceItemGetPayload<{ select: typeof snapshotSelect }>;

/** Frozen copies of evidence items for a submission (nomination or renewal), in the given order:
 * later edits or deletions of the log never change what reviewers see. */
export function snapshotItems(items: readonly SnapshotSource[]): Prisma.SubmissionItemCreateWithoutSubmissionInput[] {
  return items.map((i, position) => ({
    sourceItem: { connect: { id: i.id } },
    position,
    type: i.type,
    role: i.role,
    title: i.title,
    description: i.description,
    startDate: i.startDate,
    endDate: i.endDate,
    url: i.url,
    audience: i.audience,
    technologyArea: i.category ? (i.focusArea ? `${i.category.name} > ${i.focusArea.name}` : i.category.name) : null,
    isPaid: i.isPaid,
    privateNote: i.privateNote,
    isHighImpact: i.isHighImpact,
    metrics: Object.fromEntries(i.metrics.map((m) => [m.metric, m.value])),
  }));
}
