import { PrismaAdapter } from '@auth/prisma-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import Nodemailer from 'next-auth/providers/nodemailer';
import { recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { env, isEntraConfigured } from '@/lib/env';
import { queueEmail } from '@/lib/notifications/outbox';
import { verifyDecoyPassword, verifyPassword } from './password';
import { passwordSignInSchema, safeCallbackUrl } from './schema';
import { limitPasswordAttempt, limitSignInLink, refundPasswordAttempt } from './sign-in-limits';
import { resolveMergedUserId } from './merged-account';

const SIGN_IN_LINK_MINUTES = 15;

function providers(): NextAuthConfig['providers'] {
  const list: NextAuthConfig['providers'] = [
    Nodemailer({
      // The link goes through the outbox and the worker, like every email of the portal.
      server: env().SMTP_URL,
      from: env().MAIL_FROM,
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      async sendVerificationRequest({ identifier, url, expires, request }) {
        await limitSignInLink(identifier, request.headers);
        await prisma.$transaction(async (tx) => {
          const user = await tx.user.findUnique({ where: { email: identifier }, select: { id: true } });
          await queueEmail(tx, {
            to: identifier,
            userId: user?.id ?? null,
            template: 'auth.sign-in-link',
            data: { url, expires },
            urgency: 'IMMEDIATE',
          });
        });
      },
    }),
    Credentials({
      id: 'password',
      name: 'Password',
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = passwordSignInSchema.safeParse(raw);
        if (!parsed.success) return null;
        const attempt = await limitPasswordAttempt(parsed.data.email, request.headers);
        const user = await prisma.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, passwordHash: true, anonymizedAt: true },
        });
        if (!user?.passwordHash || user.anonymizedAt) return verifyDecoyPassword(parsed.data.password).then(() => null);
        if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
        await refundPasswordAttempt(attempt);
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ];
  if (isEntraConfigured()) {
    list.push(
      MicrosoftEntraID({
        clientId: env().AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: env().AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: env().AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        // Entra verifies addresses for its tenants, so an Entra sign-in joins the account that
        // already signed in by email link with the same address instead of failing.
        allowDangerousEmailAccountLinking: true,
      }),
    );
  }
  return list;
}

export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  adapter: PrismaAdapter(prisma),
  // Credentials sign-in needs JWT sessions. The token carries only the user id; roles and program
  // status are read from the database on every request (lib/auth/viewer.ts), so a revoked role
  // takes effect at once.
  session: { strategy: 'jwt', maxAge: 7 * 24 * 60 * 60, updateAge: 24 * 60 * 60 },
  // Auth.js's cookies are httpOnly and sameSite=lax already; they are Secure (and __Secure-/__Host-
  // prefixed) when the request came over https, and always when the portal's URL is https, so a TLS
  // proxy that forwards plain http does not downgrade them.
  ...(new URL(env().APP_URL).protocol === 'https:' ? { useSecureCookies: true } : {}),
  // A wrong password or a rate limit is an expected event (the form says so), not a server error
  // worth a stack trace.
  logger: {
    error(error) {
      if (!['CredentialsSignin', 'PasswordSignInLimited', 'SignInLinkLimited'].includes(error.name)) console.error('[auth]', error);
    },
  },
  pages: { signIn: '/sign-in', verifyRequest: '/sign-in/check-email', error: '/sign-in/error' },
  providers: providers(),
  events: {
    // People who sign in by email link for the first time get their account from the adapter.
    async createUser({ user }) {
      if (!user.id || !user.email) return;
      await prisma.$transaction((tx) =>
        recordAudit(tx, {
          actor: { id: user.id!, label: user.email! },
          action: 'user.created',
          entityType: 'User',
          entityId: user.id!,
          after: { email: user.email },
        }),
      );
    },
  },
  callbacks: {
    async signIn({ user }) {
      if (!user.id) return true; // first email sign-in: the adapter creates the account
      const record = await prisma.user.findUnique({ where: { id: user.id }, select: { anonymizedAt: true } });
      return !record?.anonymizedAt;
    },
    // Only same-site paths are followed after sign-in. Answered as a relative path, so the browser
    // stays on the host it used (Next.js may report another name for the same server).
    redirect({ url, baseUrl }) {
      if (url.startsWith('/')) return safeCallbackUrl(url);
      const target = new URL(url);
      const trusted = [new URL(baseUrl).origin, new URL(env().APP_URL).origin];
      return trusted.includes(target.origin) ? safeCallbackUrl(target.pathname + target.search) : '/dashboard';
    },
    // Signing in with the address of an account merged into another (lib/people/merge.ts) lands in
    // the remaining account.
    async jwt({ token, user }) {
      if (user?.id) token.sub = await resolveMergedUserId(user.id);
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
