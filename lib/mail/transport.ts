import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

let transporter: Transporter | undefined;

/** The SMTP transport configured by SMTP_URL (a local catcher in development and tests). */
export function mailTransport(): Transporter {
  transporter ??= nodemailer.createTransport(env().SMTP_URL, { from: env().MAIL_FROM });
  return transporter;
}
