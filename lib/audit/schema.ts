import { z } from 'zod';
import { optionalDay as day, optionalText as text } from '@/lib/query-filters';

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
