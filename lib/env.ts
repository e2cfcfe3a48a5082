import { z } from 'zod';

/** Comma-separated list of lower-cased domains. */
const domainList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s
        .split(',')
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
    );

const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL'),
  /** Signs session tokens and sign-in links (Auth.js reads it too). */
  AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must be at least 16 characters').optional(),
  /** Public base URL of the portal, used in links inside emails. */
  APP_URL: z.string().url().default('http://localhost:3000'),
  /** SMTP server for outgoing mail, e.g. smtp://user:pass@smtp.example.com:587. */
  SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
  MAIL_FROM: z.string().default('Community Programs <no-reply@programs.example>'),
  /** When set (development and tests), a local SMTP catcher writes mail here and /dev/mailbox shows it. */
  MAILBOX_DIR: z.string().optional(),
  /** A verified email on one of these domains makes a person a Microsoft employee. */
  EMPLOYEE_EMAIL_DOMAINS: domainList('microsoft.com'),
  AUTH_MICROSOFT_ENTRA_ID_ID: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().optional(),
  AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.string().url().optional(),
  /** 1 when a reverse proxy we run sets X-Forwarded-For: per-IP rate limits then trust its last entry. */
  TRUSTED_PROXY: z
    .enum(['0', '1', 'true', 'false'])
    .optional()
    .transform((v) => v === '1' || v === 'true'),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** The validated environment; the one place that reads process.env. Parsed on first use, not at
 * import, so `next build` works without a database. */
export function env(): Env {
  if (cached) return cached;
  const parsed = envSchema.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  cached = parsed.data;
  return cached;
}

/** Whether Microsoft Entra ID sign-in is configured. */
/** An absolute link into the portal, for emails. */
export function appUrl(path: string): string {
  return new URL(path, env().APP_URL).toString();
}

export function isEntraConfigured(e: Env = env()): boolean {
  return Boolean(e.AUTH_MICROSOFT_ENTRA_ID_ID && e.AUTH_MICROSOFT_ENTRA_ID_SECRET);
}
