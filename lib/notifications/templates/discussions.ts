import type { Locale } from '@/lib/i18n/locales';
import { messagesFor } from '@/lib/i18n/messages';
import { createTranslator } from 'use-intl/core';
import { emailLayout, type RenderedEmail } from './layout';
import { emailTranslator, greetingIn } from './translate';

/** Emails of the reviewers' discussion of a submission, in the recipient's language. */
export const discussionTemplates = {
  /** Someone on the thread wrote @their-handle. `excerpt` is null for a reviewer whose own review
   * is not in yet: they read the discussion (and others' views) only after submitting it. */
  'mvp.discussion.mention': (
    d: {
      recipientName: string | null;
      authorLabel: string;
      candidateName: string;
      categoryName: string;
      excerpt: string | null;
      url: string;
    },
    locale: Locale = 'en',
  ): RenderedEmail => {
    const te = emailTranslator(locale);
    const t = createTranslator({ locale, messages: messagesFor(locale), namespace: 'mvpEmails.discussion' });
    const excerpt = d.excerpt === null ? null : d.excerpt.length > 600 ? `${d.excerpt.slice(0, 600)}…` : d.excerpt;
    const lines = [
      greetingIn(te, d.recipientName),
      t('mentioned', { author: d.authorLabel, candidate: d.candidateName, category: d.categoryName }),
      ...(excerpt === null ? [t('opensLater')] : [`“${excerpt}”`]),
    ];
    return {
      subject: t('subject', { author: d.authorLabel, candidate: d.candidateName }),
      text: `${lines.join('\n\n')}\n\n${t('openText', { url: d.url })}`,
      html: emailLayout(t('title'), lines, { label: t('open'), url: d.url }, te),
    };
  },
};
