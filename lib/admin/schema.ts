import { z } from 'zod';
import { optionalDay, optionalText } from '@/lib/query-filters';

/** "Compute them again now": the dashboard's filters as the page's address carries them (each is checked
 * again, and replaced by its default when unusable, exactly as the page does). */
export const refreshDashboardSchema = z.object({
  cycle: optionalText(64),
  from: optionalDay,
  to: optionalDay,
});
export type RefreshDashboardInput = z.output<typeof refreshDashboardSchema>;
