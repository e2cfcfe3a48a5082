import 'server-only';
import { prisma } from '@/lib/db';
import { isDemoAllowed } from '@/lib/env';
import { isRefusedDemoPassword } from './demo';
import { verifyDecoyPassword, verifyPassword } from './password';
import { passwordSignInSchema } from './schema';
import { limitPasswordAttempt, refundPasswordAttempt } from './sign-in-limits';

/** The password provider's authorize(): the signed-in user, or null for a wrong pair. Rate limited
 * per address and IP; an unknown address costs as long as a wrong password; the public demo password
 * opens nothing where demo data is not allowed. */
export async function authorizePassword(
  raw: unknown,
  headers: Headers,
  demoAllowed: boolean = isDemoAllowed(),
): Promise<{ id: string; email: string; name: string | null } | null> {
  const parsed = passwordSignInSchema.safeParse(raw);
  if (!parsed.success) return null;
  const attempt = await limitPasswordAttempt(parsed.data.email, headers);
  const user = await prisma.user.findUnique({
    where: { email: parsed.data.email },
    select: { id: true, email: true, name: true, passwordHash: true, anonymizedAt: true },
  });
  const refused = !user?.passwordHash || user.anonymizedAt || isRefusedDemoPassword(parsed.data.password, demoAllowed);
  if (refused) return verifyDecoyPassword(parsed.data.password).then(() => null);
  if (!(await verifyPassword(user.passwordHash!, parsed.data.password))) return null;
  await refundPasswordAttempt(attempt);
  return { id: user.id, email: user.email, name: user.name };
}
