// What each kind of contribution is called and which reach metrics it asks for: one table, used by
// the evidence form (which fields to show), the schema (which metrics to keep), the CSV import and
// the pages. Safe for the browser.
import {
  ContributionRole,
  ContributionType,
  ReachMetric,
  TargetAudience,
  type ContributionRole as Role,
  type ContributionType as Type,
  type ReachMetric as Metric,
  type TargetAudience as Audience,
} from '@/lib/generated/prisma/enums';

export type ContributionTypeInfo = {
  label: string;
  /** The reach metrics this type asks for, most telling first. */
  metrics: readonly Metric[];
  /** The role most people in this type have; the form preselects it. */
  defaultRole: Role;
};

export const CONTRIBUTION_TYPES: Record<Type, ContributionTypeInfo> = {
  BLOG: { label: 'Blog post or article', metrics: ['VIEWS', 'PAGE_VISIT_SECONDS', 'SUBSCRIBERS'], defaultRole: 'AUTHOR' },
  BOOK: { label: 'Book or e-book', metrics: ['COPIES_SOLD', 'DOWNLOADS'], defaultRole: 'AUTHOR' },
  CODE_SAMPLE: { label: 'Code sample or project', metrics: ['DOWNLOADS', 'STARS', 'FORKS', 'VIEWS'], defaultRole: 'AUTHOR' },
  OPEN_SOURCE: { label: 'Open source project', metrics: ['STARS', 'FORKS', 'CONTRIBUTORS', 'DOWNLOADS'], defaultRole: 'MAINTAINER' },
  VIDEO: { label: 'Video', metrics: ['VIEWS', 'SUBSCRIBERS'], defaultRole: 'AUTHOR' },
  PODCAST: { label: 'Podcast', metrics: ['LISTENS', 'SUBSCRIBERS'], defaultRole: 'HOST' },
  SPEAKING_CONFERENCE: { label: 'Talk at a conference', metrics: ['ATTENDEES', 'SESSIONS', 'VIEWS'], defaultRole: 'SPEAKER' },
  SPEAKING_USER_GROUP: { label: 'Talk at a user group or meetup', metrics: ['ATTENDEES', 'SESSIONS'], defaultRole: 'SPEAKER' },
  SPEAKING_MICROSOFT_EVENT: { label: 'Talk at a Microsoft event', metrics: ['ATTENDEES', 'SESSIONS', 'VIEWS'], defaultRole: 'SPEAKER' },
  WORKSHOP: { label: 'Workshop or hands-on lab', metrics: ['ATTENDEES', 'SESSIONS'], defaultRole: 'SPEAKER' },
  FORUM_ANSWERS: { label: 'Forum answers (Q&A, Stack Overflow, ...)', metrics: ['ANSWERS', 'VIEWS'], defaultRole: 'CONTRIBUTOR' },
  FORUM_MODERATION: { label: 'Forum moderation', metrics: ['POSTS', 'MEMBERS'], defaultRole: 'MODERATOR' },
  MENTORING: { label: 'Mentoring', metrics: ['MENTEES', 'SESSIONS'], defaultRole: 'MENTOR' },
  TECHNICAL_SOCIAL_MEDIA: { label: 'Technical social media', metrics: ['FOLLOWERS', 'POSTS', 'VIEWS'], defaultRole: 'AUTHOR' },
  PRODUCT_FEEDBACK: { label: 'Product feedback', metrics: ['FEEDBACK_ITEMS', 'SESSIONS'], defaultRole: 'CONTRIBUTOR' },
  TRANSLATION_REVIEW: { label: 'Translation or localisation review', metrics: ['FEEDBACK_ITEMS'], defaultRole: 'TRANSLATOR' },
  EVENT_ORGANISER: { label: 'Event organiser', metrics: ['ATTENDEES', 'SESSIONS', 'MEMBERS'], defaultRole: 'ORGANISER' },
  SITE_OWNER: {
    label: 'Community site owner',
    metrics: ['VIEWS', 'MEMBERS', 'SUBSCRIBERS', 'PAGE_VISIT_SECONDS'],
    defaultRole: 'ORGANISER',
  },
  COURSE: { label: 'Course (e.g. a paid online course)', metrics: ['ENROLMENTS', 'STUDENTS', 'VIEWS'], defaultRole: 'AUTHOR' },
  OTHER: { label: 'Other', metrics: ['VIEWS', 'ATTENDEES'], defaultRole: 'OTHER' },
};

export const METRIC_LABELS: Record<Metric, string> = {
  VIEWS: 'Views',
  ATTENDEES: 'Attendees',
  SESSIONS: 'Sessions',
  SUBSCRIBERS: 'Subscribers',
  LISTENS: 'Listens',
  ANSWERS: 'Answers',
  COPIES_SOLD: 'Copies sold',
  DOWNLOADS: 'Downloads',
  STARS: 'Stars',
  FORKS: 'Forks',
  CONTRIBUTORS: 'Contributors',
  FOLLOWERS: 'Followers',
  POSTS: 'Posts',
  MENTEES: 'Mentees',
  STUDENTS: 'Students',
  ENROLMENTS: 'Enrolments',
  MEMBERS: 'Members',
  FEEDBACK_ITEMS: 'Feedback items',
  PAGE_VISIT_SECONDS: 'Average time on page (seconds)',
};

/** Metrics that count people or copies reached. Counts of one's own output (sessions, answers,
 * posts, feedback items) and a duration (time on page) are shown but not added up as reach. */
export function countsAsReach(metric: Metric): boolean {
  return !['SESSIONS', 'ANSWERS', 'POSTS', 'FEEDBACK_ITEMS', 'PAGE_VISIT_SECONDS'].includes(metric);
}

export const ROLE_LABELS: Record<Role, string> = {
  AUTHOR: 'Author',
  CO_AUTHOR: 'Co-author',
  SPEAKER: 'Speaker',
  CO_SPEAKER: 'Co-speaker',
  HOST: 'Host',
  ORGANISER: 'Organiser',
  MAINTAINER: 'Maintainer',
  CONTRIBUTOR: 'Contributor',
  MODERATOR: 'Moderator',
  MENTOR: 'Mentor',
  REVIEWER: 'Reviewer',
  TRANSLATOR: 'Translator',
  OTHER: 'Other',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  DEVELOPERS: 'Developers',
  IT_PROFESSIONALS: 'IT professionals',
  DATA_AND_AI_PRACTITIONERS: 'Data and AI practitioners',
  SECURITY_PROFESSIONALS: 'Security professionals',
  BUSINESS_USERS: 'Business users',
  STUDENTS: 'Students',
  EDUCATORS: 'Educators',
  GENERAL_PUBLIC: 'General public',
};

export const CONTRIBUTION_TYPE_VALUES = Object.values(ContributionType) as [Type, ...Type[]];
export const CONTRIBUTION_ROLE_VALUES = Object.values(ContributionRole) as [Role, ...Role[]];
export const TARGET_AUDIENCE_VALUES = Object.values(TargetAudience) as [Audience, ...Audience[]];
export const REACH_METRIC_VALUES = Object.values(ReachMetric) as [Metric, ...Metric[]];

/** The reach metrics a contribution type asks for. */
export function metricsFor(type: Type): readonly Metric[] {
  return CONTRIBUTION_TYPES[type].metrics;
}

/** Whether a contribution type asks for a metric. */
export function typeHasMetric(type: Type, metric: Metric): boolean {
  return CONTRIBUTION_TYPES[type].metrics.includes(metric);
}

/** The rule for paid work, as the form and the pages explain it. */
export const PAID_WORK_RULE =
  'Paid work counts as evidence (a book, a paid online course), unless it is your full-time job. Contributions that are part of your full-time job are kept in your log but cannot be submitted.';

const SINGULAR: Partial<Record<Metric, string>> = { COPIES_SOLD: 'copy sold' };

/** One metric in words: "12,000 views", "1 session", "4 min average time on page". */
export function describeMetric(metric: Metric, value: number): string {
  if (metric === 'PAGE_VISIT_SECONDS') {
    return value >= 90 ? `${Math.round(value / 60)} min average time on page` : `${value} s average time on page`;
  }
  const label = METRIC_LABELS[metric].toLowerCase();
  return `${value.toLocaleString('en-US')} ${value === 1 ? (SINGULAR[metric] ?? label.replace(/s$/, '')) : label}`;
}

/** "12,000 views · 85 attendees", in a fixed metric order; null when none was given. */
export function describeMetrics(metrics: Partial<Record<Metric, number>>): string | null {
  const parts = REACH_METRIC_VALUES.filter((m) => typeof metrics[m] === 'number').map((m) => describeMetric(m, metrics[m]!));
  return parts.length ? parts.join(' · ') : null;
}

/** The reach in another language: each metric named by its label there, then its number written that
 * language's way ("Visualizaciones: 12.000 · Asistentes: 85"), which needs no plural rules; English
 * (`words` null) as describeMetrics says it. */
export function describeMetricsIn(
  metrics: Partial<Record<Metric, number>>,
  words: { metrics: Record<Metric, string>; numberLocale: string } | null,
): string | null {
  if (!words) return describeMetrics(metrics);
  const parts = REACH_METRIC_VALUES.filter((m) => typeof metrics[m] === 'number').map(
    (m) => `${words.metrics[m]}: ${metrics[m]!.toLocaleString(words.numberLocale)}`,
  );
  return parts.length ? parts.join(' · ') : null;
}
