import { PrismaAdapter } from '@auth/prisma-adapter';
import NextAuth, { type NextAuthConfig } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import MicrosoftEntraID from 'next-auth/providers/microsoft-entra-id';
import Nodemailer from 'next-auth/providers/nodemailer';
import { recordAudit } from '@/lib/audit/record';
import { prisma } from '@/lib/db';
import { env, isEntraConfigured } from '@/lib/env';
import { logError } from '@/lib/security/logging';
import { authorizePassword } from './password-sign-in';
import { safeCallbackUrl } from './schema';
import { allowSignIn } from './sign-in-callback';
import { sendSignInLinkEmail } from './sign-in-link';
import { sessionClaimsFor } from './session-version';

const SIGN_IN_LINK_MINUTES = 15;

function providers(): NextAuthConfig['providers'] {
  const list: NextAuthConfig['providers'] = [
    Nodemailer({
      // The link goes through the outbox and the worker, like every email of the portal.
      server: env().SMTP_URL,
      from: env().MAIL_FROM,
      maxAge: SIGN_IN_LINK_MINUTES * 60,
      sendVerificationRequest: ({ identifier, url, expires, request }) =>
        sendSignInLinkEmail({ identifier, url, expires, headers: request.headers }),
    }),
    Credentials({
      id: 'password',
      name: 'Password',
      credentials: { email: {}, password: {} },
      authorize: (raw, request) => authorizePassword(raw, request.headers),
    }),
  ];
  if (isEntraConfigured()) {
    list.push(
      MicrosoftEntraID({
        clientId: env().AUTH_MICROSOFT_ENTRA_ID_ID,
        clientSecret: env().AUTH_MICROSOFT_ENTRA_ID_SECRET,
        issuer: env().AUTH_MICROSOFT_ENTRA_ID_ISSUER,
        // An Entra sign-in joins the account with the same address only when the signIn callback
        // allows it (lib/auth/sign-in-callback.ts): a configured tenant, and an address Entra verified.
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
      // Auth.js's own errors say what they are in `type` (a production build shortens class names).
      const kind = (error as { type?: string }).type ?? error.name;
      if (
        !['CredentialsSignin', 'PasswordSignInLimited', 'SignInLinkLimited'].includes(kind) &&
        !['PasswordSignInLimited', 'SignInLinkLimited'].includes(error.name)
      ) {
        logError('[auth]', error);
      }
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
    signIn: ({ user, account, profile }) => allowSignIn({ user, account, profile: profile as Record<string, unknown> | undefined }),
    // Only same-site paths are followed after sign-in. Answered as a relative path, so the browser
    // stays on the host it used (Next.js may report another name for the same server).
    redirect({ url, baseUrl }) {
      return safeCallbackUrl(url, [new URL(baseUrl).origin, env().APP_URL]);
    },
    // Signing in with the address of an account merged into another (lib/people/merge.ts) lands in
    // the remaining account; the token keeps the account's session version (lib/auth/session-version.ts).
    async jwt({ token, user }) {
      if (user?.id) Object.assign(token, await sessionClaimsFor(user.id));
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return Object.assign(session, { sessionVersion: typeof token.sv === 'number' ? token.sv : 0 });
    },
  },
}));
