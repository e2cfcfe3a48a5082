import { z } from 'zod';

export const emailField = z
  .string()
  .trim()
  .min(1, 'Enter your email address')
  .max(320, 'That email address is too long')
  .email('Enter an email address like name@example.com')
  .transform((e) => e.toLowerCase());

const callbackUrl = z.string().max(500).optional();

export const passwordSignInSchema = z.object({
  email: emailField,
  password: z.string().min(1, 'Enter your password').max(200, 'That password is too long'),
  callbackUrl,
});
export type PasswordSignInInput = z.input<typeof passwordSignInSchema>;

export const emailSignInSchema = z.object({ email: emailField, callbackUrl });
export type EmailSignInInput = z.input<typeof emailSignInSchema>;

export const signUpSchema = z.object({
  name: z.string().trim().min(2, 'Enter your full name').max(200, 'Keep your name under 200 characters'),
  email: emailField,
});
export type SignUpInput = z.input<typeof signUpSchema>;

/** Only same-site paths are followed after sign-in, never another origin. */
export function safeCallbackUrl(url: string | undefined): string {
  if (!url || !url.startsWith('/') || url.startsWith('//') || url.startsWith('/\\')) return '/dashboard';
  return url;
}
