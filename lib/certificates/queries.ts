import 'server-only';
import type { Viewer } from '@/lib/auth/viewer';
import { dateKey, todayIn, type DateKey } from '@/lib/dates';
import { prisma } from '@/lib/db';
import type { CertificateKind } from '@/lib/generated/prisma/enums';
import { normalizeCertificateCode } from './code';

/** The code of a certificate the viewer already issued for one of their records, if any. */
export async function certificateCodeFor(viewer: Viewer, kind: CertificateKind, recordId: string): Promise<string | null> {
  const row = await prisma.certificate.findUnique({ where: { kind_recordId: { kind, recordId } }, select: { code: true, userId: true } });
  return row && row.userId === viewer.id ? row.code : null;
}

export type CertificateStanding = 'CURRENT' | 'UPCOMING' | 'ENDED' | 'REVOKED';

export type VerifiedCertificate = {
  code: string;
  kind: CertificateKind;
  holderName: string;
  category: string | null;
  startsOn: DateKey;
  endsOn: DateKey;
  issuedAt: Date;
  standing: CertificateStanding;
};

/** Anyone may check a code (it is printed on the certificate): what it certifies, as issued, and whether
 * the award or membership year it names is current, ended or was revoked. Null for a code that was never
 * issued (or whose holder asked for their data to be erased). */
export async function verifyCertificate(input: string, now: Date = new Date()): Promise<VerifiedCertificate | null> {
  const code = normalizeCertificateCode(input);
  if (!code) return null;
  const row = await prisma.certificate.findUnique({
    where: { code },
    select: { code: true, kind: true, recordId: true, holderName: true, category: true, startsOn: true, endsOn: true, issuedAt: true },
  });
  if (!row) return null;
  const revoked =
    row.kind === 'MVP' && (await prisma.award.findUnique({ where: { id: row.recordId }, select: { revokedAt: true } }))?.revokedAt != null;
  const today = todayIn('UTC', now);
  const [startsOn, endsOn] = [dateKey(row.startsOn), dateKey(row.endsOn)];
  const standing: CertificateStanding = revoked ? 'REVOKED' : today < startsOn ? 'UPCOMING' : today > endsOn ? 'ENDED' : 'CURRENT';
  return { ...row, startsOn, endsOn, standing };
}
