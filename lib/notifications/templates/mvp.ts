import { formatInstant } from '@/lib/format';
import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, formatExpiry, type RenderedEmail } from './layout';
import { createTranslator } from 'use-intl/core';
import { messagesFor } from '@/lib/i18n/messages';
import { emailTranslator, greetingIn } from './translate';

/** The steps of a nomination its nominator (and endorsers) hear about. */
export type NominationUpdateEvent =
  'INVITED' | 'ENDORSED' | 'ACCEPTED' | 'DECLINED' | 'SUBMITTED' | 'WITHDRAWN' | 'EXPIRED' | 'EXPIRED_WITH_CYCLE';

/** The MVP emails' own messages (`mvpEmails`), beside the shared `emails` ones the layout reads. */
function mvpTranslator(locale: Locale) {
  return createTranslator({ locale, messages: messagesFor(locale), namespace: 'mvpEmails' });
}

/** "Hello Ana," / "Hello," in the recipient's language. */
const hello = (locale: Locale, name: string | null) => greetingIn(emailTranslator(locale), name);

/** Emails of the MVP program: nominations, review, decisions, awards, renewals. */
export const mvpTemplates = {
  'mvp.nomination-invitation': (
    d: {
      nomineeName: string;
      nominatorName: string;
      categoryName: string;
      focusAreaName: string | null;
      url: string;
      expiresAt: Date;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const [t, te] = [mvpTranslator(locale), emailTranslator(locale)];
    const what = d.focusAreaName ? `${d.categoryName} (${d.focusAreaName})` : d.categoryName;
    const expiry = formatExpiry(d.expiresAt, Date.now(), te);
    const lines = [
      te('hello', { name: d.nomineeName }),
      t('invitation.nominated', { nominator: d.nominatorName, what }),
      t('invitation.follow'),
      t('invitation.link', { expiry }),
    ];
    return {
      subject: t('invitation.subject', { nominator: d.nominatorName }),
      text: `${lines.join('\n\n')}\n\n${d.url}`,
      html: emailLayout(t('invitation.title'), lines, { label: t('invitation.button'), url: d.url }, te),
    };
  },
  'mvp.nomination-update': (
    d: {
      recipientName: string | null;
      nomineeName: string;
      categoryName: string;
      event: NominationUpdateEvent;
      url: string;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpTranslator(locale);
    const subject = t(`update.${d.event}.subject`, { nominee: d.nomineeName });
    const lines = [hello(locale, d.recipientName), t(`update.${d.event}.body`, { nominee: d.nomineeName, category: d.categoryName })];
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${t('followNominationText', { url: d.url })}`,
      html: emailLayout(subject, lines, { label: t('followNomination'), url: d.url }, emailTranslator(locale)),
    };
  },
  'mvp.nomination-endorse-offer': (
    d: {
      recipientName: string | null;
      nomineeName: string;
      categoryName: string;
      url: string;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpTranslator(locale);
    const subject = t('endorseOffer.subject', { nominee: d.nomineeName });
    const lines = [
      hello(locale, d.recipientName),
      t('endorseOffer.exists', { nominee: d.nomineeName, category: d.categoryName }),
      t('endorseOffer.instead'),
    ];
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${t('endorseOffer.buttonText', { url: d.url })}`,
      html: emailLayout(subject, lines, { label: t('endorseOffer.button'), url: d.url }, emailTranslator(locale)),
    };
  },
  'mvp.submission-received': (
    d: { nomineeName: string; categoryName: string; itemCount: number; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = emailTranslator(locale);
    const lines = [
      t('hello', { name: d.nomineeName }),
      t('submissionReceived.received', { category: d.categoryName, count: d.itemCount }),
      t('submissionReceived.withdraw'),
    ];
    return {
      subject: t('submissionReceived.subject'),
      text: `${lines.join('\n\n')}\n\n${d.url}`,
      html: emailLayout(t('submissionReceived.subject'), lines, { label: t('submissionReceived.button'), url: d.url }, t),
    };
  },
  // ─── Review, decisions, awards (lib/reviews, lib/decisions, lib/awards) ───
  /** `dueAt` is written in the reviewer's time zone and language. */
  'mvp.review.assigned': (
    d: { reviewerName: string | null; count: number; dueAt: Date; timeZone: string; url: string },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpTranslator(locale);
    const due = formatInstant(d.dueAt, d.timeZone, locale);
    const lines = [hello(locale, d.reviewerName), t('assigned.body', { count: d.count, due }), t('assigned.conflict')];
    return {
      subject: t('assigned.subject', { count: d.count }),
      text: `${lines.join('\n\n')}\n\n${t('queueText', { url: d.url })}`,
      html: emailLayout(t('assigned.title'), lines, { label: t('queue'), url: d.url }, emailTranslator(locale)),
    };
  },
  'mvp.review.under-review': (
    d: {
      nominatorName: string | null;
      nomineeName: string;
      categoryName: string;
      url: string;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpTranslator(locale);
    const subject = t('underReview.subject', { nominee: d.nomineeName });
    const lines = [hello(locale, d.nominatorName), t('underReview.body', { nominee: d.nomineeName, category: d.categoryName })];
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${t('followNominationText', { url: d.url })}`,
      html: emailLayout(subject, lines, { label: t('followNomination'), url: d.url }, emailTranslator(locale)),
    };
  },
  /** Each review's `dueAt` is written in the reviewer's time zone (`timeZone`) and language. */
  'mvp.review.reminder': (
    d: {
      reviewerName: string | null;
      timeZone: string;
      reviews: { candidateName: string; categoryName: string; dueAt: Date }[];
      url: string;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpTranslator(locale);
    const count = d.reviews.length;
    const list = d.reviews.map((r) =>
      t('reminder.item', { candidate: r.candidateName, category: r.categoryName, due: formatInstant(r.dueAt, d.timeZone, locale) }),
    );
    const lines = [hello(locale, d.reviewerName), t('reminder.intro', { count }), ...list, t('reminder.drafts')];
    return {
      subject: t('reminder.subject', { count }),
      text: `${lines.join('\n\n')}\n\n${t('queueText', { url: d.url })}`,
      html: emailLayout(t('reminder.title'), lines, { label: t('queue'), url: d.url }, emailTranslator(locale)),
    };
  },
  'mvp.decision.released': (
    d: {
      name: string | null;
      categoryName: string;
      isAward: boolean;
      isRenewal: boolean;
      url: string;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpTranslator(locale);
    const category = { category: d.categoryName };
    const subject = d.isAward
      ? t(d.isRenewal ? 'released.awardRenewed' : 'released.awarded', category)
      : t(d.isRenewal ? 'released.renewalOutcome' : 'released.nominationOutcome', category);
    const lines = [
      hello(locale, d.name),
      t(d.isAward ? 'released.award' : d.isRenewal ? 'released.notRenewed' : 'released.notAwarded'),
      t('released.feedback'),
    ];
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${d.url}`,
      html: emailLayout(subject, lines, { label: t(d.isAward ? 'released.accept' : 'released.read'), url: d.url }, emailTranslator(locale)),
    };
  },
  'mvp.decision.released-nominator': (
    d: {
      nominatorName: string | null;
      nomineeName: string;
      categoryName: string;
      isAward: boolean;
      url: string;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const t = mvpTranslator(locale);
    const nominee = { nominee: d.nomineeName };
    const subject = t(d.isAward ? 'released.nominatorAwardSubject' : 'released.nominatorOutcomeSubject', nominee);
    const lines = [
      hello(locale, d.nominatorName),
      t(d.isAward ? 'released.nominatorAward' : 'released.nominatorNoAward', { ...nominee, category: d.categoryName }),
    ];
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${t('followNominationText', { url: d.url })}`,
      html: emailLayout(subject, lines, { label: t('followNomination'), url: d.url }, emailTranslator(locale)),
    };
  },
} satisfies Record<string, (data: never) => RenderedEmail>;
