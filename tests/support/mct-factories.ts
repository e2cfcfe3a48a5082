// Factories for the MCT integration tests: catalogue entries, held certifications, ISC providers
// with a chosen approval period, confirmed completions, program agreements and settings.
import { prisma } from '@/lib/db';
import type { AgreementKind, CertificationLevel } from '@/lib/generated/prisma/enums';
import { createUser, day, unique, uniqueEmail } from './factories';

export async function createCertification(opts: { level?: CertificationLevel; isEligible?: boolean; retiredOn?: string | null } = {}) {
  const code = unique('CERT').toUpperCase();
  const level = opts.level ?? 'ASSOCIATE';
  return prisma.certification.create({
    data: {
      code,
      name: `Certification ${code}`,
      level,
      isEligible: opts.isEligible ?? (level === 'ASSOCIATE' || level === 'EXPERT'),
      validityMonths: 12,
      retiredOn: opts.retiredOn ? day(opts.retiredOn) : null,
    },
  });
}

export async function holdCertification(opts: { userId: string; certificationId?: string; earnedOn: string; expiresOn?: string | null }) {
  const certificationId = opts.certificationId ?? (await createCertification()).id;
  return prisma.candidateCertification.create({
    data: {
      userId: opts.userId,
      certificationId,
      credentialId: unique('CRED'),
      earnedOn: day(opts.earnedOn),
      expiresOn: opts.expiresOn ? day(opts.expiresOn) : null,
    },
  });
}

export async function createIscProvider(opts: { approvedFrom: string; approvedUntil: string; staffIds?: string[] }) {
  const slug = unique('isc');
  return prisma.iscProvider.create({
    data: {
      slug,
      name: `ISC ${slug}`,
      contactEmail: uniqueEmail('isc-contact'),
      approvedFrom: day(opts.approvedFrom),
      approvedUntil: day(opts.approvedUntil),
      staff: { create: (opts.staffIds ?? []).map((userId) => ({ userId })) },
    },
  });
}

export async function confirmCompletionRow(opts: {
  providerId: string;
  email: string;
  completedOn: string;
  confirmedById: string;
  name?: string;
  userId?: string | null;
}) {
  return prisma.iscCompletion.create({
    data: {
      providerId: opts.providerId,
      candidateEmail: opts.email,
      candidateName: opts.name ?? 'Candidate Person',
      userId: opts.userId ?? null,
      completedOn: day(opts.completedOn),
      certificateId: unique('ISC'),
      confirmedById: opts.confirmedById,
    },
  });
}

/** The program agreement these tests treat as this year's (effective well before their clock). */
export async function ensureProgramAgreement(effectiveFrom: string) {
  return ensureAgreement('MCT_PROGRAM', effectiveFrom);
}

/** A version of an agreement in force from a day (one per kind and day, shared by the tests). */
export async function ensureAgreement(kind: AgreementKind, effectiveFrom: string) {
  const version = `it-${effectiveFrom}`;
  return prisma.agreement.upsert({
    where: { kind_version: { kind, version } },
    create: {
      kind,
      version,
      title: `${AGREEMENT_TITLES[kind]} (test ${effectiveFrom})`,
      body: 'Terms.',
      effectiveFrom: day(effectiveFrom),
    },
    update: {},
  });
}

const AGREEMENT_TITLES: Record<AgreementKind, string> = {
  MCT_PROGRAM: 'MCT Program Agreement',
  MCT_ALUMNI: 'MCT Alumni Agreement',
  MVP_CODE_OF_CONDUCT: 'MVP Code of Conduct',
  MVP_NDA: 'MVP Non-Disclosure Agreement',
};

export async function setProgramSettings(
  data: { selfServiceEnabled?: boolean; selfServiceOffReason?: string | null; mctFeeWaived?: boolean; mctFeeCents?: number } = {},
) {
  const values = {
    selfServiceEnabled: data.selfServiceEnabled ?? true,
    selfServiceOffReason: data.selfServiceOffReason ?? null,
    mctFeeWaived: data.mctFeeWaived ?? true,
    mctFeeCents: data.mctFeeCents ?? 0,
    timeZone: 'America/Los_Angeles',
  };
  return prisma.programSettings.upsert({ where: { id: 1 }, create: { id: 1, ...values }, update: values });
}

/** A candidate who meets every requirement on `today`: a current eligible certification, an ISC
 * completion from an approved provider, and (unless told otherwise) the agreement accepted. */
export async function createQualifiedCandidate(opts: { today: string; agreementId: string; acceptAgreement?: boolean; timeZone?: string }) {
  const staff = await createUser({ name: 'Provider Staff' });
  const provider = await createIscProvider({ approvedFrom: '2020-01-01', approvedUntil: '2040-12-31', staffIds: [staff.id] });
  const candidate = await createUser({ name: 'Casey Candidate', timeZone: opts.timeZone });
  const held = await holdCertification({ userId: candidate.id, earnedOn: '2031-01-10', expiresOn: '2032-12-31' });
  const completion = await confirmCompletionRow({
    providerId: provider.id,
    email: candidate.email,
    completedOn: '2030-06-01',
    confirmedById: staff.id,
  });
  if (opts.acceptAgreement !== false)
    await prisma.agreementAcceptance.create({ data: { userId: candidate.id, agreementId: opts.agreementId } });
  return { candidate, provider, staff, held, completion };
}
