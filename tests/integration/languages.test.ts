// A person's language: chosen with the header's switch (kept in a cookie, and on the account when
// signed in) or taken from the page they signed up on; their emails are written in it. On PostgreSQL.
import { describe, expect, it, vi } from 'vitest';
import { createAccount } from '@/lib/auth/accounts';
import { signUpAction } from '@/lib/auth/actions';
import { signUpSchema } from '@/lib/auth/schema';
import { prisma } from '@/lib/db';
import { chooseLanguageAction } from '@/lib/i18n/actions';
import { queueEmail } from '@/lib/notifications/outbox';
import { createUser, uniqueEmail } from '@/tests/support/factories';
import { nextHeadersShim, signInAs } from '@/tests/support/next-runtime';

vi.mock('@/lib/auth/config', async () => (await import('@/tests/support/next-runtime')).authConfigShim);
vi.mock('next-auth', async () => (await import('@/tests/support/next-runtime')).nextAuthShim);
vi.mock('next/cache', async () => (await import('@/tests/support/next-runtime')).nextCacheShim);
vi.mock('next/headers', async () => (await import('@/tests/support/next-runtime')).nextHeadersShim);

const choose = (locale: string) => {
  const form = new FormData();
  form.set('locale', locale);
  return chooseLanguageAction(form);
};

const sendSignInLink = (user: { id: string; email: string }) =>
  prisma.$transaction((tx) =>
    queueEmail(tx, {
      to: user.email,
      userId: user.id,
      template: 'auth.sign-in-link',
      data: { url: 'https://portal.test/sign-in/confirm?token=abc', expires: new Date(Date.now() + 15 * 60_000) },
      urgency: 'IMMEDIATE',
    }),
  );

describe('languages', () => {
  it('keeps a signed-in person’s choice on their account, and writes their emails in it', async () => {
    const user = await createUser();
    signInAs(user.id);
    try {
      await choose('es');
    } finally {
      signInAs(null);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBe('es');
    expect((await nextHeadersShim.cookies()).get('portal-locale')?.value).toBe('es');

    const id = await sendSignInLink(user);
    const email = await prisma.notification.findUniqueOrThrow({ where: { id: id ?? '' } });
    expect(email.subject).toBe('Tu enlace para iniciar sesión en el Portal de programas de la comunidad');
    expect(email.textBody).toContain('caduca en 15 minutos');
  });

  it('refuses a language the portal does not speak, and changes nothing', async () => {
    const user = await createUser();
    signInAs(user.id);
    try {
      await choose('fr');
    } finally {
      signInAs(null);
    }
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id } })).locale).toBeNull();
  });

  it('takes the sign-up page’s language, and writes in English for someone who never chose one', async () => {
    const email = uniqueEmail('lang');
    await createAccount(signUpSchema.parse({ name: 'Ana Española', email, locale: 'es' }));
    expect((await prisma.user.findUniqueOrThrow({ where: { email } })).locale).toBe('es');

    const english = await createUser();
    const id = await sendSignInLink(english);
    expect((await prisma.notification.findUniqueOrThrow({ where: { id: id ?? '' } })).subject).toBe(
      'Your sign-in link for the Community Programs Portal',
    );
  });

  it('says what is wrong with a form in the language of the request', async () => {
    const cookies = await nextHeadersShim.cookies();
    cookies.set('portal-locale', 'es');
    const spanish = await signUpAction({ name: '', email: 'not-an-address' });
    cookies.set('portal-locale', 'en');
    const english = await signUpAction({ name: '', email: 'not-an-address' });
    cookies.delete('portal-locale');

    expect(spanish).toMatchObject({
      ok: false,
      error: 'Algunos campos necesitan revisión.',
      fieldErrors: { name: ['Escribe al menos 2 caracteres.'], email: ['Escribe una dirección de correo como nombre@ejemplo.com'] },
    });
    expect(english).toMatchObject({
      ok: false,
      error: 'Some fields need attention.',
      fieldErrors: { name: ['Enter your full name'], email: ['Enter an email address like name@example.com'] },
    });
  });
});
