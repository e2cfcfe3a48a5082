import nodemailer, { type Transporter } from 'nodemailer';
import { env } from '@/lib/env';

let transporter: Transporter | undefined;

/** The SMTP transport configured by SMTP_URL (a local catcher in development and tests). */
export function mailTransport(): Transporter {
  transporter ??= nodemailer.createTransport(env().SMTP_URL, {
    from: env().MAIL_FROM,
    // Nodemailer waits up to 2 minutes to connect and 10 minutes on a silent socket by default;
    // a delivery job expires after 90 s (lib/jobs/worker.ts), so a send gives up well before.
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return transporter;
}
