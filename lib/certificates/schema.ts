import { z } from 'zod';

export const CERTIFICATE_KINDS = ['MVP', 'MCT'] as const;

/** The programs' names as a certificate and its check page write them. */
export const PROGRAM_NAMES = {
  MVP: 'Microsoft Most Valuable Professional (MVP)',
  MCT: 'Microsoft Certified Trainer (MCT)',
} as const;

/** Issuing the certificate of one's own accepted MVP award or MCT membership year. */
export const issueCertificateSchema = z.object({
  kind: z.enum(CERTIFICATE_KINDS),
  recordId: z.uuid('That record does not exist.'),
});
export type IssueCertificateInput = z.input<typeof issueCertificateSchema>;
