import { formatDayKey } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, formatExpiry, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn } from './translate';

const greeting = (name: string | null) => (name ? `Hello ${name},` : 'Hello,');

/** Emails of the MCT program: applications, provider-started applications, memberships, renewals, lounge. */
export const mctTemplates = {
  /** To the candidate: their ISC provider started an application; the link reviews and accepts it. */
  'mct.provider-application': (d: { candidateName: string | null; providerName: string; url: string; expires: Date }): RenderedEmail => {
    const expiry = formatExpiry(d.expires);
    const lines = [
      greeting(d.candidateName),
      `${d.providerName}, where you completed your Instructional Skills Certificate, has started an application for you to join the Microsoft Certified Trainer (MCT) program.`,
      'Follow the link to review the application and accept this year’s MCT Program Agreement; that submits it to the program team.',
      `The link works once and expires in ${expiry}. It signs you in with this email address (and creates your account if you have none).`,
      'If you did not expect this, ignore this email: nothing is submitted without you.',
    ];
    return {
      subject: `${d.providerName} started your MCT application`,
      text: `${lines.join('\n\n')}\n\nReview and accept: ${d.url}`,
      html: emailLayout('Your MCT application is waiting for you', lines, { label: 'Review and accept', url: d.url }),
    };
  },

  /** To the candidate: the application reached the program team. */
  'mct.application-submitted': (d: { candidateName: string | null; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.candidateName), t('mctSubmitted.body')];
    return {
      subject: t('mctSubmitted.subject'),
      text: `${lines.join('\n\n')}\n\n${t('mctSubmitted.seeApplication')}: ${d.url}`,
      html: emailLayout(t('mctSubmitted.subject'), lines, { label: t('mctSubmitted.button'), url: d.url }, t),
    };
  },

  /** To the candidate: approved; the membership year's dates. */
  'mct.application-approved': (
    d: { candidateName: string | null; startsOn: string; endsOn: string; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [
      greetingIn(t, d.candidateName),
      t('mctApproved.welcome', { start: formatDayKey(d.startsOn, locale), end: formatDayKey(d.endsOn, locale) }),
      t('mctApproved.next'),
    ];
    return {
      subject: t('mctApproved.subject'),
      text: `${lines.join('\n\n')}\n\n${t('mctApproved.dashboard')}: ${d.url}`,
      html: emailLayout(t('mctApproved.title'), lines, { label: t('mctApproved.button'), url: d.url }, t),
    };
  },

  /** To the candidate: rejected, with the program team's reason. */
  'mct.application-rejected': (d: { candidateName: string | null; reason: string; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.candidateName),
      'The program team did not approve your application to join the Microsoft Certified Trainer program. Their reason:',
      d.reason,
      'You can apply again once you meet the requirements; the MCT page shows where you stand on each one.',
    ];
    return {
      subject: 'Your MCT application was not approved',
      text: `${lines.join('\n\n')}\n\nThe MCT page: ${d.url}`,
      html: emailLayout('Your MCT application was not approved', lines, { label: 'See the requirements', url: d.url }),
    };
  },
  /** To the member: a renewal reminder, 90, 60, 30 or 15 days before the membership year ends. */
  'mct.renewal-reminder': (d: { name: string | null; endsOn: string; daysLeft: number; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      `Your MCT membership year ends on ${formatDayKey(d.endsOn)}, in ${d.daysLeft} days. Renew before then to stay an active MCT.`,
      'To renew: accept this year’s program agreement, keep an eligible certification current, and log at least one training delivery from the past year (one by one, or by uploading the spreadsheet template).',
    ];
    return {
      subject: `Renew your MCT membership: ${d.daysLeft} days left`,
      text: `${lines.join('\n\n')}\n\nRenew: ${d.url}`,
      html: emailLayout('Time to renew your MCT membership', lines, { label: 'Renew your membership', url: d.url }),
    };
  },

  /** To an active member: their certification stops counting before their membership year ends. */
  'mct.certification-expiring': (d: {
    name: string | null;
    code: string;
    certificationName: string;
    lastDay: string;
    daysLeft: number;
    termEndsOn: string;
    url: string;
  }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      `Your certification ${d.code} (${d.certificationName}) counts for the MCT program until ${formatDayKey(d.lastDay)}, in ${d.daysLeft} days. Your membership year ends on ${formatDayKey(d.termEndsOn)}, and renewing needs an eligible certification current then.`,
      'Renew the certification (then update its expiry on your certifications page), or add another eligible certification, before your renewal.',
    ];
    return {
      subject: `Your ${d.code} certification expires in ${d.daysLeft} days`,
      text: `${lines.join('\n\n')}\n\nYour certifications: ${d.url}`,
      html: emailLayout('Your certification expires before your renewal', lines, { label: 'Open your certifications', url: d.url }),
    };
  },

  /** To the member: the renewal reached the program team. */
  'mct.renewal-submitted': (d: { name: string | null; deliveries: number; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      `Your MCT renewal is submitted with ${d.deliveries} training deliver${d.deliveries === 1 ? 'y' : 'ies'}. The program team checks it and you will get an email when it is decided.`,
    ];
    return {
      subject: 'Your MCT renewal is submitted',
      text: `${lines.join('\n\n')}\n\nYour membership: ${d.url}`,
      html: emailLayout('Your MCT renewal is submitted', lines, { label: 'See your membership', url: d.url }),
    };
  },

  /** To the member: renewal approved, with the new year's dates. */
  'mct.renewal-approved': (d: { name: string | null; startsOn: string; endsOn: string; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      `Your MCT renewal is approved. Your next membership year runs from ${formatDayKey(d.startsOn)} to ${formatDayKey(d.endsOn)}.`,
    ];
    return {
      subject: 'Your MCT membership is renewed',
      text: `${lines.join('\n\n')}\n\nYour membership: ${d.url}`,
      html: emailLayout('Your MCT membership is renewed', lines, { label: 'See your membership', url: d.url }),
    };
  },

  /** To the member: the program team asks for more before deciding. */
  'mct.renewal-more-info': (d: { name: string | null; note: string; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      'The program team needs more before approving your MCT renewal. Their note:',
      d.note,
      'Update your renewal and submit it again.',
    ];
    return {
      subject: 'Your MCT renewal needs more information',
      text: `${lines.join('\n\n')}\n\nUpdate your renewal: ${d.url}`,
      html: emailLayout('Your MCT renewal needs more information', lines, { label: 'Update your renewal', url: d.url }),
    };
  },

  /** To the member: the membership year ended without a renewal. */
  'mct.membership-lapsed': (d: { name: string | null; endedOn: string; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      `Your MCT membership ended on ${formatDayKey(d.endedOn)} without a renewal, so it has lapsed, and your MCT Lounge access is removed.`,
      'You can come back by applying for reinstatement; within 3 years of lapsing you do not need a new ISC completion.',
    ];
    return {
      subject: 'Your MCT membership has lapsed',
      text: `${lines.join('\n\n')}\n\nReinstatement: ${d.url}`,
      html: emailLayout('Your MCT membership has lapsed', lines, { label: 'Apply for reinstatement', url: d.url }),
    };
  },

  /** To the member: they are now MCT alumni. */
  'mct.alumni-switched': (d: { name: string | null; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      'You are now MCT alumni. There is no fee; you keep MCT Lounge access and the exam discount. You no longer renew each year; to teach as an active MCT again, apply for reinstatement.',
    ];
    return {
      subject: 'You are now MCT alumni',
      text: `${lines.join('\n\n')}\n\nYour membership: ${d.url}`,
      html: emailLayout('You are now MCT alumni', lines, { label: 'See your membership', url: d.url }),
    };
  },
} satisfies Record<string, (data: never) => RenderedEmail>;
