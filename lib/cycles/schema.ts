// The award cycle forms' schemas, shared by each form and its server action. Safe for the browser.
import { z } from 'zod';
import { calendarDate } from '@/lib/date-fields';

const id = (message = 'Something is missing from this form; reload the page.') => z.uuid(message);
const version = z.number().int().min(0);

/** A whole number typed in a text field. */
const wholeNumber = (min: number, max: number, message: string) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/, message)
    .transform(Number)
    .refine((n) => n >= min && n <= max, message);

export const cycleSchema = z
  .object({
    /** Absent when creating. */
    id: z.uuid().optional(),
    version,
    name: z
      .string()
      .trim()
      .min(3, 'Name the cycle, for example “MVP award cycle 2027–2028”')
      .max(120, 'Keep the name under 120 characters'),
    nominationsOpenOn: calendarDate('Enter the day nominations open'),
    nominationsCloseOn: calendarDate('Enter the day nominations close'),
    submissionDeadlineOn: calendarDate('Enter the day evidence is due'),
    reviewDueOn: calendarDate('Enter the day reviews are due'),
    decisionsReleaseOn: calendarDate('Enter the day decisions are released'),
    renewalOpensOn: calendarDate('Enter the day MVP renewals open'),
    renewalDeadlineOn: calendarDate('Enter the day MVP renewals are due'),
    awardStartsOn: calendarDate('Enter the first day of the award year'),
    categoryIds: z.array(z.uuid()).min(1, 'Choose at least one award category').max(100),
    reviewersPerSubmission: wholeNumber(1, 10, 'Between 1 and 10 reviewers'),
    scoreMin: wholeNumber(0, 10, 'A whole number from 0 to 10'),
    scoreMax: wholeNumber(1, 100, 'A whole number from 1 to 100'),
    /** Emailed to candidates when an open cycle's dates change. */
    changeNote: z.string().trim().max(1000, 'Keep the note under 1,000 characters').default(''),
  })
  .refine((v) => v.scoreMax > v.scoreMin, { path: ['scoreMax'], message: 'The highest score must be above the lowest' });
export type CycleInput = z.input<typeof cycleSchema>;
export type CycleValues = z.output<typeof cycleSchema>;

/** The status changes an admin asks for by name. */
export const CYCLE_MOVES = ['OPEN', 'IN_REVIEW', 'CLOSED'] as const;

export const moveCycleSchema = z.object({
  cycleId: id(),
  version,
  to: z.enum(CYCLE_MOVES),
});

export const copyCycleSchema = z.object({ cycleId: id() });
