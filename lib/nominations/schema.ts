// What the nomination forms send, parsed the same way in the browser and in the server action.
import { z } from 'zod';
import { NominatorRelationship } from '@/lib/generated/prisma/enums';

import { NOMINATION_DRAFT_KEY, STATEMENT_MAX, STATEMENT_MIN } from './limits';

export { NOMINATION_DRAFT_KEY, STATEMENT_MAX, STATEMENT_MIN };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const id = (message: string) => z.string().trim().regex(UUID, message);

export const RELATIONSHIP_LABELS: Record<NominatorRelationship, string> = {
  COLLEAGUE: 'Colleague',
  COMMUNITY_PEER: 'Peer in the community',
  EVENT_ORGANISER: 'Organiser of an event they spoke at',
  MENTOR: 'Mentor or mentee',
  MICROSOFT_CONTACT: 'Microsoft contact (product team, advocate)',
  OTHER: 'Other',
};

const RELATIONSHIPS = Object.values(NominatorRelationship) as [NominatorRelationship, ...NominatorRelationship[]];

const statement = z
  .string()
  .trim()
  .min(
    STATEMENT_MIN,
    `Describe the impact you have seen in at least ${STATEMENT_MIN} characters: what they did, for whom, with what effect`,
  )
  .max(STATEMENT_MAX, `Keep the statement to ${STATEMENT_MAX.toLocaleString('en-US')} characters or fewer`);

export const nominationSchema = z
  .object({
    nomineeName: z.string().trim().min(2, "Enter the nominee's full name").max(200, 'Keep the name under 200 characters'),
    nomineeEmail: z
      .string()
      .trim()
      .min(1, "Enter the nominee's email address")
      .max(320, 'That email address is too long')
      .email('Enter an email address like name@example.com')
      .transform((e) => e.toLowerCase()),
    categoryId: id('Choose an award category'),
    focusAreaId: z
      .string()
      .trim()
      .refine((v) => v === '' || UUID.test(v), 'Choose a focus area from the list'),
    statement,
    relationship: z.enum(RELATIONSHIPS, { message: 'Choose how you know the nominee' }),
    relationshipDetail: z.string().trim().max(300, 'Keep this under 300 characters'),
  })
  .superRefine((v, ctx) => {
    if (v.relationship === 'OTHER' && v.relationshipDetail === '') {
      ctx.addIssue({ code: 'custom', path: ['relationshipDetail'], message: 'Say how you know the nominee' });
    }
  })
  .transform((v) => ({
    ...v,
    focusAreaId: v.focusAreaId === '' ? null : v.focusAreaId,
    relationshipDetail: v.relationshipDetail === '' ? null : v.relationshipDetail,
  }));
export type NominationInput = z.input<typeof nominationSchema>;
export type NominationData = z.output<typeof nominationSchema>;

export const endorsementSchema = z.object({ nominationId: id('Unknown nomination'), statement });
export type EndorsementInput = z.input<typeof endorsementSchema>;

export const respondSchema = z
  .object({
    nominationId: id('Unknown nomination'),
    response: z.enum(['ACCEPT', 'DECLINE'], { message: 'Choose whether you accept' }),
    declineReason: z.string().trim().max(1000, 'Keep the reason to 1,000 characters or fewer'),
  })
  .transform((v) => ({ ...v, declineReason: v.declineReason === '' ? null : v.declineReason }));
export type RespondInput = z.input<typeof respondSchema>;

export const submitEvidenceSchema = z.object({
  nominationId: id('Unknown nomination'),
  itemIds: z
    .array(id('Unknown contribution'))
    .min(1, 'Choose at least one contribution to submit')
    .max(500, 'Choose at most 500 contributions')
    .transform((ids) => [...new Set(ids)]),
  /** The nominee's own area of expertise in the category (the nominator's choice is only a start):
   * empty for none in particular; left out, the nomination's stays. */
  focusAreaId: z.union([z.literal(''), id('Choose a focus area from the list')]).optional(),
});
export type SubmitEvidenceInput = z.input<typeof submitEvidenceSchema>;

export const withdrawSchema = z.object({
  nominationId: id('Unknown nomination'),
  reason: z.string().trim().max(1000, 'Keep the reason to 1,000 characters or fewer'),
});
export type WithdrawInput = z.input<typeof withdrawSchema>;
