import { formatDayKey } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, formatExpiry, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn, type EmailTranslator } from './translate';

/** An email to the member whose title is its subject and whose link is their membership page. */
function memberEmail(t: EmailTranslator, lines: string[], subject: string, url: string): RenderedEmail {
  return {
    subject,
    text: `${lines.join('\n\n')}\n\n${t('mctMember.link')}: ${url}`,
    html: emailLayout(subject, lines, { label: t('mctMember.button'), url }, t),
  };
}

/** Emails of the MCT program: applications, provider-started applications, memberships, renewals, lounge. */
export const mctTemplates = {
  /** To the candidate: their ISC provider started an application; the link reviews and accepts it. */
  'mct.provider-application': (
    d: { candidateName: string | null; providerName: string; url: string; expires: Date },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [
      greetingIn(t, d.candidateName),
      t('mctProviderApplication.started', { provider: d.providerName }),
      t('mctProviderApplication.follow'),
      t('mctProviderApplication.worksOnce', { expiry: formatExpiry(d.expires, Date.now(), t) }),
      t('mctProviderApplication.ignore'),
    ];
    return {
      subject: t('mctProviderApplication.subject', { provider: d.providerName }),
      text: `${lines.join('\n\n')}\n\n${t('mctProviderApplication.review')}: ${d.url}`,
      html: emailLayout(t('mctProviderApplication.title'), lines, { label: t('mctProviderApplication.button'), url: d.url }, t),
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
  'mct.application-rejected': (d: { candidateName: string | null; reason: string; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.candidateName), t('mctRejected.reason'), d.reason, t('mctRejected.again')];
    return {
      subject: t('mctRejected.subject'),
      text: `${lines.join('\n\n')}\n\n${t('mctRejected.page')}: ${d.url}`,
      html: emailLayout(t('mctRejected.subject'), lines, { label: t('mctRejected.button'), url: d.url }, t),
    };
  },
  /** To the member: a renewal reminder, 90, 60, 30 or 15 days before the membership year ends. */
  'mct.renewal-reminder': (
    d: { name: string | null; endsOn: string; daysLeft: number; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [
      greetingIn(t, d.name),
      t('mctRenewalReminder.ends', { date: formatDayKey(d.endsOn, locale), days: d.daysLeft }),
      t('mctRenewalReminder.how'),
    ];
    return {
      subject: t('mctRenewalReminder.subject', { days: d.daysLeft }),
      text: `${lines.join('\n\n')}\n\n${t('mctRenewalReminder.renew')}: ${d.url}`,
      html: emailLayout(t('mctRenewalReminder.title'), lines, { label: t('mctRenewalReminder.button'), url: d.url }, t),
    };
  },

  /** To an active member: their certification stops counting before their membership year ends. */
  'mct.certification-expiring': (
    d: { name: string | null; code: string; certificationName: string; lastDay: string; daysLeft: number; termEndsOn: string; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [
      greetingIn(t, d.name),
      t('mctCertificationExpiring.counts', {
        code: d.code,
        name: d.certificationName,
        lastDay: formatDayKey(d.lastDay, locale),
        days: d.daysLeft,
        termEnds: formatDayKey(d.termEndsOn, locale),
      }),
      t('mctCertificationExpiring.renew'),
    ];
    return {
      subject: t('mctCertificationExpiring.subject', { code: d.code, days: d.daysLeft }),
      text: `${lines.join('\n\n')}\n\n${t('mctCertificationExpiring.yours')}: ${d.url}`,
      html: emailLayout(t('mctCertificationExpiring.title'), lines, { label: t('mctCertificationExpiring.button'), url: d.url }, t),
    };
  },

  /** To the member: the renewal reached the program team. */
  'mct.renewal-submitted': (d: { name: string | null; deliveries: number; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.name), t('mctRenewalSubmitted.body', { count: d.deliveries })];
    return memberEmail(t, lines, t('mctRenewalSubmitted.subject'), d.url);
  },

  /** To the member: renewal approved, with the new year's dates. */
  'mct.renewal-approved': (
    d: { name: string | null; startsOn: string; endsOn: string; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [
      greetingIn(t, d.name),
      t('mctRenewalApproved.body', { start: formatDayKey(d.startsOn, locale), end: formatDayKey(d.endsOn, locale) }),
    ];
    return memberEmail(t, lines, t('mctRenewalApproved.subject'), d.url);
  },

  /** To the member: the program team asks for more before deciding. */
  'mct.renewal-more-info': (d: { name: string | null; note: string; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.name), t('mctRenewalMoreInfo.intro'), d.note, t('mctRenewalMoreInfo.update')];
    return {
      subject: t('mctRenewalMoreInfo.subject'),
      text: `${lines.join('\n\n')}\n\n${t('mctRenewalMoreInfo.link')}: ${d.url}`,
      html: emailLayout(t('mctRenewalMoreInfo.subject'), lines, { label: t('mctRenewalMoreInfo.button'), url: d.url }, t),
    };
  },

  /** To the member: the membership year ended without a renewal. */
  'mct.membership-lapsed': (d: { name: string | null; endedOn: string; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.name), t('mctLapsed.ended', { date: formatDayKey(d.endedOn, locale) }), t('mctLapsed.comeBack')];
    return {
      subject: t('mctLapsed.subject'),
      text: `${lines.join('\n\n')}\n\n${t('mctLapsed.link')}: ${d.url}`,
      html: emailLayout(t('mctLapsed.subject'), lines, { label: t('mctLapsed.button'), url: d.url }, t),
    };
  },

  /** To the member: they are now MCT alumni. */
  'mct.alumni-switched': (d: { name: string | null; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    return memberEmail(t, [greetingIn(t, d.name), t('mctAlumni.body')], t('mctAlumni.subject'), d.url);
  },
} satisfies Record<string, (data: never) => RenderedEmail>;
