import { emailLayout, type RenderedEmail } from './layout';

/** Emails of the reviewers' discussion of a submission. */
export const discussionTemplates = {
  /** Someone on the thread wrote @their-handle. `excerpt` is null for a reviewer whose own review
   * is not in yet: they read the discussion (and others' views) only after submitting it. */
  'mvp.discussion.mention': (d: {
    recipientName: string | null;
    authorLabel: string;
    candidateName: string;
    categoryName: string;
    excerpt: string | null;
    url: string;
  }): RenderedEmail => {
    const excerpt = d.excerpt === null ? null : d.excerpt.length > 600 ? `${d.excerpt.slice(0, 600)}…` : d.excerpt;
    const lines = [
      `Hello${d.recipientName ? ` ${d.recipientName}` : ''},`,
      `${d.authorLabel} mentioned you in the reviewers’ discussion of ${d.candidateName} (${d.categoryName}).`,
      ...(excerpt === null
        ? ['The discussion opens to you once you have submitted your own review of this submission.']
        : [`“${excerpt}”`]),
    ];
    return {
      subject: `${d.authorLabel} mentioned you in the discussion of ${d.candidateName}`,
      text: `${lines.join('\n\n')}\n\nOpen the discussion: ${d.url}`,
      html: emailLayout('You were mentioned in a discussion', lines, { label: 'Open the discussion', url: d.url }),
    };
  },
};
