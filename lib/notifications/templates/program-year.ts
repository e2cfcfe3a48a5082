// Emails of running the programs year after year: changed cycle dates, nominations and renewals
// that expire with their cycle, the MVP renewal window, MCT renewals refused, ISC providers told
// about their candidates, and admins told an application waits for them.
import { createTranslator } from 'use-intl/core';
import { formatInstant } from '@/lib/format';
import { messagesFor } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn, type EmailTranslator } from './translate';

const greeting = (name: string | null) => `Hello${name ? ` ${name}` : ''},`;

function email(subject: string, lines: string[], action: { label: string; url: string }, t?: EmailTranslator): RenderedEmail {
  return { subject, text: `${lines.join('\n\n')}\n\n${action.label}: ${action.url}`, html: emailLayout(subject, lines, action, t) };
}

/** An email in the recipient's language (the MVP's emails of this file; English for the others). */
function emailIn(locale: Locale, subject: string, lines: string[], action: { label: string; url: string }): RenderedEmail {
  return email(subject, lines, action, emailTranslator(locale));
}

const mvpYear = (locale: Locale) => createTranslator({ locale, messages: messagesFor(locale), namespace: 'mvpEmails.year' });
const helloIn = (locale: Locale, name: string | null) => greetingIn(emailTranslator(locale), name);

/** A deadline in the recipient's language and time zone when the moment itself was queued; the
 * caller's English words otherwise (emails queued before the moment was). */
type Deadline = { deadline: string; deadlineAt?: string; timeZone?: string };
const deadlineIn = (d: Deadline, locale: Locale) =>
  d.deadlineAt && d.timeZone ? formatInstant(new Date(d.deadlineAt), d.timeZone, locale) : d.deadline;

export const programYearTemplates = {
  /** To nominees, nominators and renewing MVPs of a cycle whose dates they rely on changed. */
  'cycle.dates-changed': (d: {
    name: string | null;
    cycleName: string;
    changes: { label: string; when: string }[];
    note: string;
    url: string;
  }) =>
    email(
      `New dates in ${d.cycleName}`,
      [
        greeting(d.name),
        `The program team changed dates of ${d.cycleName} that you rely on:`,
        ...d.changes.map((c) => `${c.label}: ${c.when}`),
        `Their note: ${d.note}`,
      ],
      { label: 'See where you stand', url: d.url },
    ),

  /** To a nominee who accepted and has not submitted: the evidence deadline comes (sent at once). */
  'mvp.nomination-deadline': (
    d: { nomineeName: string; categoryName: string; url: string } & Deadline,
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpYear(locale);
    const deadline = deadlineIn(d, locale);
    return emailIn(
      locale,
      t('nominationDeadline.subject', { deadline }),
      [helloIn(locale, d.nomineeName), t('nominationDeadline.body', { category: d.categoryName, deadline })],
      { label: t('nominationDeadline.button'), url: d.url },
    );
  },

  /** To the nominee: their nomination was never submitted and expired with its cycle. */
  'mvp.nomination-expired': (
    d: { nomineeName: string; categoryName: string; cycleName: string; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpYear(locale);
    return emailIn(
      locale,
      t('nominationExpired.subject'),
      [
        helloIn(locale, d.nomineeName),
        t('nominationExpired.body', { category: d.categoryName, cycle: d.cycleName }),
        t('nominationExpired.nothingLost'),
      ],
      { label: t('nominationExpired.button'), url: d.url },
    );
  },

  /** To an MVP whose award year ends in a cycle: the renewal window is open (a deadline: sent at once). */
  'mvp.renewal-open': (d: { name: string | null; categoryName: string; url: string } & Deadline, locale: Locale = 'en'): RenderedEmail => {
    const t = mvpYear(locale);
    return emailIn(
      locale,
      t('renewalOpen.subject'),
      [helloIn(locale, d.name), t('renewalOpen.body', { category: d.categoryName, deadline: deadlineIn(d, locale) })],
      { label: t('renew'), url: d.url },
    );
  },

  /** To an MVP who has not submitted their renewal yet, as the deadline comes closer (sent at once). */
  'mvp.renewal-reminder': (
    d: { name: string | null; categoryName: string; daysLeft: number; url: string } & Deadline,
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpYear(locale);
    return emailIn(
      locale,
      t('renewalReminder.subject', { count: d.daysLeft }),
      [helloIn(locale, d.name), t('renewalReminder.body', { category: d.categoryName, deadline: deadlineIn(d, locale) })],
      { label: t('renew'), url: d.url },
    );
  },

  /** To an MVP whose renewal was never submitted and expired. */
  'mvp.renewal-expired': (d: { name: string | null; categoryName: string; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = mvpYear(locale);
    return emailIn(locale, t('renewalExpired.subject'), [helloIn(locale, d.name), t('renewalExpired.body', { category: d.categoryName })], {
      label: t('renewalExpired.button'),
      url: d.url,
    });
  },

  /** To the member: the program team refused their renewal, with the reason. */
  'mct.renewal-rejected': (d: { name: string | null; note: string; url: string }) =>
    email(
      'Your MCT renewal was not approved',
      [
        greeting(d.name),
        'The program team did not approve your MCT renewal. Their reason:',
        d.note,
        'You can correct what they name and submit your renewal again until your membership year ends.',
      ],
      { label: 'See your membership', url: d.url },
    ),

  /** To the candidate: their ISC provider cancelled the application it started (its link no longer works). */
  'mct.provider-application-cancelled': (
    d: { candidateName: string | null; providerName: string; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    return email(
      t('mctProviderCancelled.subject'),
      [greetingIn(t, d.candidateName), t('mctProviderCancelled.body', { provider: d.providerName }), t('mctProviderCancelled.next')],
      { label: t('mctProviderCancelled.button'), url: d.url },
      t,
    );
  },

  /** To ISC provider staff: the candidate they started an application for accepted it. */
  'provider.candidate-accepted': (
    d: { staffName: string | null; candidateName: string; providerName: string; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const names = { candidate: d.candidateName, provider: d.providerName };
    return email(
      t('providerCandidateAccepted.subject', names),
      [greetingIn(t, d.staffName), t('providerCandidateAccepted.body', names)],
      { label: t('providerStaff.button'), url: d.url },
      t,
    );
  },

  /** To ISC provider staff: the program team decided an application they started. */
  'provider.application-decided': (
    d: { staffName: string | null; candidateName: string; providerName: string; approved: boolean; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const names = { candidate: d.candidateName, provider: d.providerName };
    return email(
      t(d.approved ? 'providerApplicationDecided.subjectApproved' : 'providerApplicationDecided.subjectNotApproved', names),
      [greetingIn(t, d.staffName), t(d.approved ? 'providerApplicationDecided.approved' : 'providerApplicationDecided.notApproved', names)],
      { label: t('providerStaff.button'), url: d.url },
      t,
    );
  },

  /** To each admin: an MCT application waits for a decision (their digest choice applies). */
  'admin.application-waiting': (d: { adminName: string | null; candidateName: string; channel: string; url: string }) =>
    email(
      `An MCT application waits for you: ${d.candidateName}`,
      [greeting(d.adminName), `${d.candidateName}’s MCT application (${d.channel}) was submitted and waits for a decision.`],
      { label: 'Decide the application', url: d.url },
    ),
} satisfies Record<string, (data: never) => RenderedEmail>;
