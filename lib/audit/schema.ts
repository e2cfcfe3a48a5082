import { z } from 'zod';

const day = z
  .string()
  .trim()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  // A real calendar day: Date.parse takes 2026-02-30 for 2 March.
  .refine((v) => {
    const d = new Date(`${v}T00:00:00Z`);
    return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
  })
  .optional()
  .catch(undefined);
const text = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .catch(undefined)
    .transform((v) => v || undefined);

/** The audit log viewer's filters, read from the query string; anything malformed is ignored. */
export const auditFilterSchema = z.object({
  person: text(320),
  entityType: text(60),
  entityId: text(80),
  action: text(80),
  from: day,
  to: day,
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;
