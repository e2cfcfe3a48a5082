// The evidence form's words in the reader's language, read on the server and passed to the form
// (a client component: no message file reaches the browser). Hints keep their {count} for the form
// to fill as the person types.
import 'server-only';
import { getLocale, getTranslations } from 'next-intl/server';
import { CONTRIBUTION_ROLE_VALUES, CONTRIBUTION_TYPE_VALUES, REACH_METRIC_VALUES, TARGET_AUDIENCE_VALUES } from '@/lib/evidence/types';
import type { ContributionRole, ContributionType, ReachMetric, TargetAudience } from '@/lib/generated/prisma/enums';

const WORDS = [
  'changedElsewhere',
  'reload',
  'type',
  'role',
  'title',
  'titleHint',
  'description',
  'descriptionHint',
  'startDate',
  'startDateHint',
  'endDate',
  'endDateHint',
  'url',
  'urlHint',
  'audience',
  'category',
  'notSpecified',
  'focusArea',
  'categoryFirst',
  'reach',
  'reachHint',
  'paidWork',
  'paidRule',
  'paid',
  'fullTime',
  'privateNote',
  'privateNoteHint',
  'highImpact',
  'saving',
  'saveChanges',
  'add',
  'cancel',
] as const;

export type EvidenceFormCopy = Record<(typeof WORDS)[number], string> & {
  /** How numbers are written (en-US, es-ES). */
  numberLocale: string;
  types: Record<ContributionType, string>;
  roles: Record<ContributionRole, string>;
  audiences: Record<TargetAudience, string>;
  metrics: Record<ReachMetric, string>;
};

export async function evidenceFormCopy(): Promise<EvidenceFormCopy> {
  const [t, locale] = await Promise.all([getTranslations('evidenceForm'), getLocale()]);
  const words = Object.fromEntries(WORDS.map((key) => [key, t.raw(key) as string])) as Record<(typeof WORDS)[number], string>;
  return {
    ...words,
    numberLocale: locale === 'es' ? 'es-ES' : 'en-US',
    types: Object.fromEntries(CONTRIBUTION_TYPE_VALUES.map((k) => [k, t(`types.${k}`)])) as EvidenceFormCopy['types'],
    roles: Object.fromEntries(CONTRIBUTION_ROLE_VALUES.map((k) => [k, t(`roles.${k}`)])) as EvidenceFormCopy['roles'],
    audiences: Object.fromEntries(TARGET_AUDIENCE_VALUES.map((k) => [k, t(`audiences.${k}`)])) as EvidenceFormCopy['audiences'],
    metrics: Object.fromEntries(REACH_METRIC_VALUES.map((k) => [k, t(`metrics.${k}`)])) as EvidenceFormCopy['metrics'],
  };
}
