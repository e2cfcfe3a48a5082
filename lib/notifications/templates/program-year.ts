// Emails of running the programs year after year: changed cycle dates, nominations and renewals
// that expire with their cycle, the MVP renewal window, MCT renewals refused, ISC providers told
// about their candidates, and admins told an application waits for them.
import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn, type EmailTranslator } from './translate';

const greeting = (name: string | null) => `Hello${name ? ` ${name}` : ''},`;

function email(subject: string, lines: string[], action: { label: string; url: string }, t?: EmailTranslator): RenderedEmail {
  return { subject, text: `${lines.join('\n\n')}\n\n${action.label}: ${action.url}`, html: emailLayout(subject, lines, action, t) };
}

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
  'mvp.nomination-deadline': (d: { nomineeName: string; categoryName: string; deadline: string; url: string }) =>
    email(
      `Your MVP evidence is due by ${d.deadline}`,
      [
        greeting(d.nomineeName),
        `You accepted your MVP nomination in ${d.categoryName}. Submit your contributions of the last 12 months by ${d.deadline}; after that the nomination expires with its award cycle.`,
      ],
      { label: 'Submit your evidence', url: d.url },
    ),

  /** To the nominee: their nomination was never submitted and expired with its cycle. */
  'mvp.nomination-expired': (d: { nomineeName: string; categoryName: string; cycleName: string; url: string }) =>
    email(
      'Your MVP nomination has expired',
      [
        greeting(d.nomineeName),
        `Your nomination in ${d.categoryName} was not submitted before ${d.cycleName} closed, so it has expired.`,
        'Nothing is lost from your evidence log. You can be nominated again in a later award cycle.',
      ],
      { label: 'See the nomination', url: d.url },
    ),

  /** To an MVP whose award year ends in a cycle: the renewal window is open (a deadline: sent at once). */
  'mvp.renewal-open': (d: { name: string | null; categoryName: string; deadline: string; url: string }) =>
    email(
      'Renew your MVP award',
      [
        greeting(d.name),
        `Your MVP award in ${d.categoryName} can now be renewed. Submit the contributions of your last 12 months (new ones: not the items you submitted last time) by ${d.deadline}.`,
      ],
      { label: 'Renew your award', url: d.url },
    ),

  /** To an MVP who has not submitted their renewal yet, as the deadline comes closer (sent at once). */
  'mvp.renewal-reminder': (d: { name: string | null; categoryName: string; deadline: string; daysLeft: number; url: string }) =>
    email(
      `Your MVP renewal is due in ${d.daysLeft} day${d.daysLeft === 1 ? '' : 's'}`,
      [
        greeting(d.name),
        `Your renewal of the MVP award in ${d.categoryName} is due by ${d.deadline}. After that it expires and your award ends with its year.`,
      ],
      { label: 'Renew your award', url: d.url },
    ),

  /** To an MVP whose renewal was never submitted and expired. */
  'mvp.renewal-expired': (d: { name: string | null; categoryName: string; url: string }) =>
    email(
      'Your MVP renewal has expired',
      [
        greeting(d.name),
        `The renewal of your MVP award in ${d.categoryName} was not submitted before its deadline, so it has expired. Your award ends with its year; you can be nominated again in a later cycle.`,
      ],
      { label: 'See your awards', url: d.url },
    ),

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
