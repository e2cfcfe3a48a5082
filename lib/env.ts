import { z } from 'zod';

/** Comma-separated list of lower-cased values (domains, tenant ids). */
const commaList = (fallback: string) =>
  z
    .string()
    .default(fallback)
    .transform((s) =>
      s
        .split(',')
        .map((d) => d.trim().toLowerCase())
        .filter(Boolean),
    );

const flag = z
  .enum(['0', '1', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    DATABASE_URL: z.string().url('DATABASE_URL must be a postgresql:// URL'),
    /** Signs session tokens and sign-in links (Auth.js reads it too). */
    AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must be at least 16 characters').optional(),
    /** Public base URL of the portal: every link in an email is built from it, never from a request's
     * headers. Required in production (APP_URL or AUTH_URL); http://localhost:3000 elsewhere. */
    APP_URL: z.string().url().optional(),
    AUTH_URL: z.string().url().optional(),
    /** SMTP server for outgoing mail, e.g. smtp://user:pass@smtp.example.com:587. */
    SMTP_URL: z.string().url().default('smtp://127.0.0.1:1025'),
    MAIL_FROM: z.string().default('Community Programs <no-reply@programs.example>'),
    /** When set (development and tests), a local SMTP catcher writes mail here and /dev/mailbox shows it. */
    MAILBOX_DIR: z.string().optional(),
    /** A verified email on one of these domains makes a person a Microsoft employee. */
    EMPLOYEE_EMAIL_DOMAINS: commaList('microsoft.com'),
    AUTH_MICROSOFT_ENTRA_ID_ID: z.string().optional(),
    AUTH_MICROSOFT_ENTRA_ID_SECRET: z.string().optional(),
    AUTH_MICROSOFT_ENTRA_ID_ISSUER: z.string().url().optional(),
    /** The Entra tenants whose people may sign in (directory ids); required with Entra ID. */
    AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS: commaList(''),
    /** Domains those tenants own and verify: an Entra address on one of them counts as verified. */
    AUTH_MICROSOFT_ENTRA_ID_DOMAINS: commaList(''),
    /** 1 when a reverse proxy we run sets X-Forwarded-For: per-IP rate limits then trust its last entry. */
    TRUSTED_PROXY: flag,
    /** 1 on a demo or test deployment (end-to-end tests, the soak run, the benchmark): the demo
     * accounts' password works and /dev/mailbox is served even under NODE_ENV=production. */
    DEMO_MODE: flag,
    /** Where the MCT Lounge (the members' online community) lives: the membership page links there once
     * access is granted. */
    MCT_LOUNGE_URL: z.string().url('MCT_LOUNGE_URL must be a URL').default('https://aka.ms/mctlounge'),
  })
  .superRefine((e, ctx) => {
    if (e.NODE_ENV === 'production' && !e.APP_URL && !e.AUTH_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['APP_URL'],
        message: 'set APP_URL (or AUTH_URL) to the public URL of the portal; links in emails are built from it',
      });
    }
    if (e.AUTH_MICROSOFT_ENTRA_ID_ID && e.AUTH_MICROSOFT_ENTRA_ID_SECRET) {
      if (e.AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS.length === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS'],
          message: 'list the Entra tenant ids whose people may sign in (comma-separated directory ids)',
        });
      }
      for (const id of e.AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS) {
        if (!TENANT_ID.test(id)) {
          ctx.addIssue({ code: 'custom', path: ['AUTH_MICROSOFT_ENTRA_ID_TENANT_IDS'], message: `“${id}” is not a tenant id (a GUID)` });
        }
      }
    }
  })
  .transform(({ APP_URL, AUTH_URL, ...rest }) => ({
    ...rest,
    APP_URL: new URL(APP_URL ?? AUTH_URL ?? 'http://localhost:3000').origin,
  }));

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

/** Parses an environment (process.env by default); throws with every problem listed. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** The validated environment; the one place that reads process.env. Parsed on first use, not at
 * import, so `next build` works without a database. */
export function env(): Env {
  cached ??= parseEnv(process.env);
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

/** Whether this server runs with demo data on purpose: anything but production, or DEMO_MODE=1. */
export function isDemoAllowed(e: Env = env()): boolean {
  return e.NODE_ENV !== 'production' || e.DEMO_MODE;
}
