import { emailLayout, type RenderedEmail } from './layout';

const greeting = (name: string | null) => (name ? `Hello ${name},` : 'Hello,');

/** Emails about a person's own data: erasure requests and their outcome. */
export const privacyTemplates = {
  /** To the person: their request to erase their data reached the program team. */
  'privacy.erasure-requested': (d: { name: string | null; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      'We received your request to erase your personal data from the Community Programs Portal.',
      'A program admin checks it and confirms it, usually within a few working days. You get one last email when it is done; after that you can no longer sign in with this account.',
      'Until then nothing changes. You can still download your data from your profile.',
    ];
    return {
      subject: 'We received your request to erase your data',
      text: `${lines.join('\n\n')}\n\nWhat is erased and what is kept: ${d.url}`,
      html: emailLayout('We received your request to erase your data', lines, { label: 'What is erased and what is kept', url: d.url }),
    };
  },

  /** To each admin: a person asked for erasure. */
  'privacy.erasure-request-admin': (d: { requesterEmail: string; url: string }): RenderedEmail => {
    const lines = [
      `${d.requesterEmail} asked for their personal data to be erased.`,
      'Confirm or reject the request on the privacy requests page. Confirming erases their personal data at once and cannot be undone.',
    ];
    return {
      subject: 'A person asked for their data to be erased',
      text: `${lines.join('\n\n')}\n\nPrivacy requests: ${d.url}`,
      html: emailLayout('A person asked for their data to be erased', lines, { label: 'Open privacy requests', url: d.url }),
    };
  },

  /** To the person: the request was rejected, with the reason. */
  'privacy.erasure-rejected': (d: { name: string | null; reason: string; url: string }): RenderedEmail => {
    const lines = [
      greeting(d.name),
      'A program admin did not carry out your request to erase your personal data, for this reason:',
      d.reason,
      'Your account and data stay as they were. Reply to this email or ask again from your profile if something has changed.',
    ];
    return {
      subject: 'Your request to erase your data was not carried out',
      text: `${lines.join('\n\n')}\n\nYour profile: ${d.url}`,
      html: emailLayout('Your request to erase your data was not carried out', lines, { label: 'Open your profile', url: d.url }),
    };
  },

  /** To the person, at the address about to be erased: the last email the portal sends them. */
  'privacy.erased': (d: { url: string }): RenderedEmail => {
    const lines = [
      'Hello,',
      'As you asked, your personal data has been erased from the Community Programs Portal. This is the last email we send to this address, and we no longer keep it.',
      'Award decisions and the audit trail of decisions are kept without your name or email, as the privacy page explains.',
      'You can no longer sign in with this account. If you sign up again with the same address, you start as a new person with no history.',
    ];
    return {
      subject: 'Your personal data has been erased',
      text: `${lines.join('\n\n')}\n\nThe privacy page: ${d.url}`,
      html: emailLayout('Your personal data has been erased', lines, { label: 'Read the privacy page', url: d.url }),
    };
  },
};
