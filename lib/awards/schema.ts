// Forms of awards: accepting an award with its agreements, starting a renewal. Safe for the browser.
import { z } from 'zod';

export const acceptAwardSchema = z.object({
  awardId: z.uuid(),
  /** The agreement versions the person read; a newer version in between is refused. */
  codeOfConductId: z.uuid(),
  ndaId: z.uuid(),
  acceptCodeOfConduct: z.boolean().refine((v) => v, 'Accept the code of conduct to activate your award'),
  acceptNda: z.boolean().refine((v) => v, 'Accept the non-disclosure agreement to activate your award'),
});
export type AcceptAwardValues = z.input<typeof acceptAwardSchema>;

export const startRenewalSchema = z.object({ awardId: z.uuid() });

export const withdrawRenewalSchema = z.object({ awardId: z.uuid() });
