import { formatDayKey } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { formatExpiry, linkEmail, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn, type EmailTranslator } from './translate';

/** An email to the member whose title is its subject and whose link is their membership page. */
function memberEmail(t: EmailTranslator, lines: string[], subject: string, url: string): RenderedEmail {
  return linkEmail(t, { subject, lines, linkText: t('mctMember.link'), button: t('mctMember.button'), url });
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
    return linkEmail(t, {
      subject: t('mctProviderApplication.subject', { provider: d.providerName }),
      title: t('mctProviderApplication.title'),
      lines,
      linkText: t('mctProviderApplication.review'),
      button: t('mctProviderApplication.button'),
      url: d.url,
    });
  },

  /** To the candidate: the application reached the program team. */
  'mct.application-submitted': (d: { candidateName: string | null; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.candidateName), t('mctSubmitted.body')];
    return linkEmail(t, {
      subject: t('mctSubmitted.subject'),
      lines,
      linkText: t('mctSubmitted.seeApplication'),
      button: t('mctSubmitted.button'),
      url: d.url,
    });
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
    return linkEmail(t, {
      subject: t('mctApproved.subject'),
      title: t('mctApproved.title'),
      lines,
      linkText: t('mctApproved.dashboard'),
      button: t('mctApproved.button'),
      url: d.url,
    });
  },

  /** To the candidate: rejected, with the program team's reason. */
  'mct.application-rejected': (d: { candidateName: string | null; reason: string; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.candidateName), t('mctRejected.reason'), d.reason, t('mctRejected.again')];
    return linkEmail(t, {
      subject: t('mctRejected.subject'),
      lines,
      linkText: t('mctRejected.page'),
      button: t('mctRejected.button'),
      url: d.url,
    });
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
    return linkEmail(t, {
      subject: t('mctRenewalReminder.subject', { days: d.daysLeft }),
      title: t('mctRenewalReminder.title'),
      lines,
      linkText: t('mctRenewalReminder.renew'),
      button: t('mctRenewalReminder.button'),
      url: d.url,
    });
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
    return linkEmail(t, {
      subject: t('mctCertificationExpiring.subject', { code: d.code, days: d.daysLeft }),
      title: t('mctCertificationExpiring.title'),
      lines,
      linkText: t('mctCertificationExpiring.yours'),
      button: t('mctCertificationExpiring.button'),
      url: d.url,
    });
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
    return linkEmail(t, {
      subject: t('mctRenewalMoreInfo.subject'),
      lines,
      linkText: t('mctRenewalMoreInfo.link'),
      button: t('mctRenewalMoreInfo.button'),
      url: d.url,
    });
  },

  /** To the member: the membership year ended without a renewal. */
  'mct.membership-lapsed': (d: { name: string | null; endedOn: string; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [greetingIn(t, d.name), t('mctLapsed.ended', { date: formatDayKey(d.endedOn, locale) }), t('mctLapsed.comeBack')];
    return linkEmail(t, {
      subject: t('mctLapsed.subject'),
      lines,
      linkText: t('mctLapsed.link'),
      button: t('mctLapsed.button'),
      url: d.url,
    });
  },

  /** To the member: they are now MCT alumni. */
  'mct.alumni-switched': (d: { name: string | null; url: string }, locale: Locale = 'en'): RenderedEmail => {
    const t = emailTranslator(locale);
    return memberEmail(t, [greetingIn(t, d.name), t('mctAlumni.body')], t('mctAlumni.subject'), d.url);
  },
} satisfies Record<string, (data: never) => RenderedEmail>;
