import { emailLayout, formatExpiry, type RenderedEmail } from './layout';

export const authTemplates = {
  'auth.sign-in-link': (d: { url: string; expires: Date }): RenderedEmail => {
    const expiry = formatExpiry(d.expires);
    return {
      subject: 'Your sign-in link for the Community Programs Portal',
      text: `Use this link to sign in:\n\n${d.url}\n\nIt works once and expires in ${expiry}. If you did not ask for it, ignore this email; nobody can sign in without the link.`,
      html: emailLayout(
        'Sign in to the Community Programs Portal',
        [
          `This link works once and expires in ${expiry}.`,
          'If you did not ask for it, ignore this email; nobody can sign in without the link.',
        ],
        { label: 'Sign in', url: d.url },
      ),
    };
  },
};
