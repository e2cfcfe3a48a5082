// The datasets of the admins' export endpoints: the CSV exports of /api/exports/<name>, each with
// its admin table's filters (lib/exports/filters.ts). Pages and sorting are the tables' own.
import type { z } from 'zod';
import {
  applicationFilterSpec,
  awardFilterSpec,
  deliveryFilterSpec,
  memberFilterSpec,
  nominationFilterSpec,
  reviewFilterSpec,
} from '@/lib/exports/filters';

type Spec = { fields: Record<string, z.ZodType>; labels: Record<string, string> };

export const EXPORT_DATASET_SPECS = {
  nominations: { title: 'Nominations', page: '/admin/nominations', spec: nominationFilterSpec },
  reviews: { title: 'Reviews', page: '/admin/reviews/all', spec: reviewFilterSpec },
  awards: { title: 'Awards', page: '/admin/awards', spec: awardFilterSpec },
  'mct-applications': { title: 'MCT applications', page: '/admin/mct/applications', spec: applicationFilterSpec },
  members: { title: 'MCT members', page: '/admin/mct/members', spec: memberFilterSpec },
  deliveries: { title: 'Training deliveries', page: '/admin/mct/deliveries', spec: deliveryFilterSpec },
} satisfies Record<string, { title: string; page: string; spec: Spec }>;

export type ExportDatasetName = keyof typeof EXPORT_DATASET_SPECS;

/** Parameters of the tables that an export ignores. */
export const TABLE_ONLY_PARAMETERS = ['page', 'sort', 'dir'];

/** Each dataset's filters (name, label and schema), without the tables' own parameters. */
export const EXPORT_DATASET_FILTERS: Record<ExportDatasetName, Record<string, { label: string; schema: z.ZodType }>> = Object.fromEntries(
  Object.entries(EXPORT_DATASET_SPECS).map(([name, d]) => {
    const spec = d.spec as Spec;
    const fields = Object.entries(spec.fields).filter(([key]) => !TABLE_ONLY_PARAMETERS.includes(key));
    return [name, Object.fromEntries(fields.map(([key, schema]) => [key, { label: spec.labels[key] ?? key, schema }]))];
  }),
) as Record<ExportDatasetName, Record<string, { label: string; schema: z.ZodType }>>;
