import type { Locale } from '@/lib/i18n/locales';
import { emailLayout, formatExpiry, type RenderedEmail } from './layout';
import { emailTranslator } from './translate';

/** The steps of a nomination its nominator (and endorsers) hear about. */
export type NominationUpdateEvent =
  'INVITED' | 'ENDORSED' | 'ACCEPTED' | 'DECLINED' | 'SUBMITTED' | 'WITHDRAWN' | 'EXPIRED' | 'EXPIRED_WITH_CYCLE';

const UPDATE_COPY: Record<
  NominationUpdateEvent,
  { subject: (nominee: string) => string; body: (nominee: string, category: string) => string }
> = {
  INVITED: {
    subject: (n) => `You nominated ${n}: invitation sent`,
    body: (n, c) => `We emailed ${n} an invitation to accept your nomination in ${c}. We will tell you when they respond.`,
  },
  ENDORSED: {
    subject: (n) => `Your nomination of ${n} was endorsed`,
    body: (n, c) => `Another nominator endorsed the nomination of ${n} in ${c}. Their statement is added to it.`,
  },
  ACCEPTED: {
    subject: (n) => `${n} accepted the nomination`,
    body: (n, c) => `${n} accepted the nomination in ${c} and is now preparing 12 months of evidence.`,
  },
  DECLINED: {
    subject: (n) => `${n} declined the nomination`,
    body: (n, c) => `${n} declined the nomination in ${c}. The nomination is closed.`,
  },
  SUBMITTED: {
    subject: (n) => `${n} submitted their evidence`,
    body: (n, c) => `${n} submitted their evidence for ${c}. It now waits for review.`,
  },
  WITHDRAWN: {
    subject: (n) => `The nomination of ${n} was withdrawn`,
    body: (n, c) => `The nomination of ${n} in ${c} was withdrawn. It is closed.`,
  },
  EXPIRED: {
    subject: (n) => `The invitation to ${n} expired`,
    body: (n, c) =>
      `${n} did not accept the nomination in ${c} before the invitation expired. If they still want to take part, you can nominate them again.`,
  },
  EXPIRED_WITH_CYCLE: {
    subject: (n) => `The nomination of ${n} expired with its cycle`,
    body: (n, c) =>
      `${n} did not submit their evidence in ${c} before the award cycle closed, so the nomination has expired. You can nominate them again in the next cycle.`,
  },
};

/** Emails of the MVP program: nominations, review, decisions, awards, renewals. */
export const mvpTemplates = {
  'mvp.nomination-invitation': (d: {
    nomineeName: string;
    nominatorName: string;
    categoryName: string;
    focusAreaName: string | null;
    url: string;
    expiresAt: Date;
  }): RenderedEmail => {
    const what = d.focusAreaName ? `${d.categoryName} (${d.focusAreaName})` : d.categoryName;
    const expiry = formatExpiry(d.expiresAt);
    const lines = [
      `Hello ${d.nomineeName},`,
      `${d.nominatorName} nominated you for a Microsoft MVP award in ${what}, for the impact of your community contributions.`,
      'Follow the link to see the nomination and accept or decline it. If you accept, you log your contributions of the last 12 months and submit them for review.',
      `The link signs you in with this email address. It works once and expires in ${expiry}. After that, sign in at the portal with this address to see the nomination.`,
    ];
    return {
      subject: `${d.nominatorName} nominated you for a Microsoft MVP award`,
      text: `${lines.join('\n\n')}\n\n${d.url}`,
      html: emailLayout('You have been nominated for a Microsoft MVP award', lines, { label: 'See the nomination', url: d.url }),
    };
  },
  'mvp.nomination-update': (d: {
    recipientName: string | null;
    nomineeName: string;
    categoryName: string;
    event: NominationUpdateEvent;
    url: string;
  }): RenderedEmail => {
    const copy = UPDATE_COPY[d.event];
    const lines = [`Hello${d.recipientName ? ` ${d.recipientName}` : ''},`, copy.body(d.nomineeName, d.categoryName)];
    return {
      subject: copy.subject(d.nomineeName),
      text: `${lines.join('\n\n')}\n\nFollow the nomination: ${d.url}`,
      html: emailLayout(copy.subject(d.nomineeName), lines, { label: 'Follow the nomination', url: d.url }),
    };
  },
  'mvp.nomination-endorse-offer': (d: {
    recipientName: string | null;
    nomineeName: string;
    categoryName: string;
    url: string;
  }): RenderedEmail => {
    const lines = [
      `Hello${d.recipientName ? ` ${d.recipientName}` : ''},`,
      `${d.nomineeName} already has an open nomination in ${d.categoryName}, made by someone else. A person has one open nomination per category, so yours was not created.`,
      'You can endorse the open nomination instead: your statement is added to it, and its nominator is told. What you wrote is kept for you on the endorsement page.',
    ];
    return {
      subject: `Endorse the open nomination of ${d.nomineeName}`,
      text: `${lines.join('\n\n')}\n\nEndorse the nomination: ${d.url}`,
      html: emailLayout(`Endorse the open nomination of ${d.nomineeName}`, lines, { label: 'Endorse the nomination', url: d.url }),
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
  'mvp.review.assigned': (d: { reviewerName: string | null; count: number; due: string; url: string }): RenderedEmail => {
    const lines = [
      `Hello${d.reviewerName ? ` ${d.reviewerName}` : ''},`,
      `You have ${d.count} new MVP submission${d.count === 1 ? '' : 's'} to review, due ${d.due}.`,
      'If you have a conflict of interest with a candidate, declare it on the review page and you are taken off that submission.',
    ];
    return {
      subject: `${d.count} MVP submission${d.count === 1 ? '' : 's'} assigned to you for review`,
      text: `${lines.join('\n\n')}\n\nYour review queue: ${d.url}`,
      html: emailLayout('New submissions to review', lines, { label: 'Open your review queue', url: d.url }),
    };
  },
  'mvp.review.under-review': (d: {
    nominatorName: string | null;
    nomineeName: string;
    categoryName: string;
    url: string;
  }): RenderedEmail => {
    const lines = [
      `Hello${d.nominatorName ? ` ${d.nominatorName}` : ''},`,
      `Reviewers are now assessing the evidence of ${d.nomineeName} for the MVP award in ${d.categoryName}. We will tell you when the outcome is released.`,
    ];
    return {
      subject: `The nomination of ${d.nomineeName} is under review`,
      text: `${lines.join('\n\n')}\n\nFollow the nomination: ${d.url}`,
      html: emailLayout(`The nomination of ${d.nomineeName} is under review`, lines, { label: 'Follow the nomination', url: d.url }),
    };
  },
  'mvp.review.reminder': (d: {
    reviewerName: string | null;
    reviews: { candidateName: string; categoryName: string; due: string }[];
    url: string;
  }): RenderedEmail => {
    const n = d.reviews.length;
    const list = d.reviews.map((r) => `- ${r.candidateName} (${r.categoryName}), was due ${r.due}`);
    const lines = [
      `Hello${d.reviewerName ? ` ${d.reviewerName}` : ''},`,
      `${n} of your MVP reviews ${n === 1 ? 'is' : 'are'} overdue:`,
      ...list,
      'Drafts are kept; submit each review when every criterion is scored. If you cannot review a submission, declare a conflict or tell the program team.',
    ];
    return {
      subject: `${n} MVP review${n === 1 ? ' is' : 's are'} overdue`,
      text: `${lines.join('\n\n')}\n\nYour review queue: ${d.url}`,
      html: emailLayout('Overdue reviews', lines, { label: 'Open your review queue', url: d.url }),
    };
  },
  'mvp.decision.released': (d: {
    name: string | null;
    categoryName: string;
    isAward: boolean;
    isRenewal: boolean;
    url: string;
  }): RenderedEmail => {
    const subject = d.isAward
      ? d.isRenewal
        ? `Your MVP award in ${d.categoryName} is renewed`
        : `Congratulations: you are awarded Microsoft MVP in ${d.categoryName}`
      : d.isRenewal
        ? `The outcome of your MVP renewal in ${d.categoryName}`
        : `The outcome of your MVP nomination in ${d.categoryName}`;
    const lines = [
      `Hello${d.name ? ` ${d.name}` : ''},`,
      d.isAward
        ? 'The committee decided to award you. To activate the award, accept the MVP code of conduct and the non-disclosure agreement in the portal.'
        : d.isRenewal
          ? 'The committee decided not to renew your award this time. You remain an MVP until your current award year ends.'
          : 'The committee decided not to award you this time.',
      'The feedback of the committee and the reviewers is waiting for you in the portal.',
    ];
    return {
      subject,
      text: `${lines.join('\n\n')}\n\n${d.url}`,
      html: emailLayout(subject, lines, { label: d.isAward ? 'Accept your award' : 'Read the feedback', url: d.url }),
    };
  },
  'mvp.decision.released-nominator': (d: {
    nominatorName: string | null;
    nomineeName: string;
    categoryName: string;
    isAward: boolean;
    url: string;
  }): RenderedEmail => {
    const subject = d.isAward ? `${d.nomineeName} is awarded Microsoft MVP` : `The outcome of your nomination of ${d.nomineeName}`;
    const lines = [
      `Hello${d.nominatorName ? ` ${d.nominatorName}` : ''},`,
      d.isAward
        ? `The committee awarded ${d.nomineeName} the MVP award in ${d.categoryName}. Thank you for the nomination.`
        : `The committee decided not to award ${d.nomineeName} in ${d.categoryName} this time. Thank you for the nomination.`,
    ];
    return {
      subject,
      text: `${lines.join('\n\n')}\n\nFollow the nomination: ${d.url}`,
      html: emailLayout(subject, lines, { label: 'Follow the nomination', url: d.url }),
    };
  },
} satisfies Record<string, (data: never) => RenderedEmail>;
