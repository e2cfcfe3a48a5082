// The API's request and response shapes as zod schemas: the routes parse with them, and the OpenAPI
// document (openapi.ts) is generated from the same schemas. Each completion is then checked by the
// CSV upload's own rules (completionChecker in lib/providers/completions-csv.ts).
import { z } from 'zod';
import { APPLICATION_STATUSES } from '@/lib/exports/filters';

/** The schemas the OpenAPI document names (components/schemas), by id. A registry of this module's
 * own, so reloading it in development never finds an id twice. */
export const apiSchemas = z.registry<{ id: string }>();

/** Completions one request may confirm, and the largest body. */
export const MAX_COMPLETIONS_PER_REQUEST = 1000;
export const MAX_BODY_BYTES = 1024 * 1024;
/** Items per page of every list: `limit` defaults to this, at most MAX_PAGE_SIZE. */
export const DEFAULT_PAGE_SIZE = 100;
export const MAX_PAGE_SIZE = 500;

export const completionInputSchema = z
  .object({
    candidateName: z.string().meta({ description: 'Full name, 1–200 characters.', example: 'Ada Lovelace' }),
    candidateEmail: z
      .string()
      .meta({ description: 'The candidate’s email address (compared in lower case).', example: 'ada.lovelace@example.com' }),
    completedOn: z
      .string()
      .meta({ description: 'YYYY-MM-DD; not in the future, and a day your provider was approved.', example: '2026-03-14' }),
    certificateId: z
      .string()
      .meta({ description: 'The certificate ID you issued, 1–80 characters, once per provider.', example: 'NW-ISC-000123' }),
  })
  .meta({
    description:
      'One ISC completion, checked by the same rules as a row of the CSV upload. No text may start with =, +, -, @ or a tab (spreadsheet programs run those as formulas).',
  })
  .register(apiSchemas, { id: 'CompletionInput' });

export const postCompletionsBodySchema = z
  .object({
    completions: z
      .array(completionInputSchema)
      .min(1, 'Send at least one completion')
      .max(MAX_COMPLETIONS_PER_REQUEST, `Send at most ${MAX_COMPLETIONS_PER_REQUEST} completions per request`),
  })
  .meta({ description: 'Confirmed all together, or none (each problem is reported by its position).' })
  .register(apiSchemas, { id: 'PostCompletionsBody' });

export const completionSchema = z
  .object({
    id: z.uuid(),
    candidateName: z.string(),
    candidateEmail: z.string(),
    completedOn: z.string().meta({ description: 'YYYY-MM-DD' }),
    certificateId: z.string(),
    confirmedAt: z.string().meta({ description: 'ISO 8601 instant' }),
  })
  .register(apiSchemas, { id: 'Completion' });

export const createdCompletionsSchema = z
  .object({
    batchId: z.uuid().meta({ description: 'The import batch the completions were saved as (listed on the provider page).' }),
    created: z.number().int(),
    completions: z.array(completionSchema),
  })
  .register(apiSchemas, { id: 'CreatedCompletions' });

export const applicationSchema = z
  .object({
    id: z.uuid(),
    status: z.enum(APPLICATION_STATUSES),
    candidateName: z.string().nullable(),
    candidateEmail: z.string(),
    iscCompletionId: z.uuid().nullable(),
    createdAt: z.string(),
    submittedAt: z.string().nullable().meta({ description: 'When the candidate accepted the agreement and submitted it.' }),
    decidedAt: z.string().nullable(),
  })
  .meta({ description: 'An MCT application the provider started on a candidate’s behalf.' })
  .register(apiSchemas, { id: 'Application' });

export const exportRecordSchema = z
  .record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))
  .meta({ description: 'One row of the export: each CSV column under the camelCase of its header (“Nomination id” → nominationId).' })
  .register(apiSchemas, { id: 'ExportRecord' });

/** A page of a list: the items, and the cursor of the next page (null on the last). */
const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z
    .object({
      data: z.array(item),
      nextCursor: z.string().nullable().meta({ description: 'Pass as `cursor` for the next page; null when this is the last.' }),
    })
    .register(apiSchemas, { id });

export const completionPageSchema = pageOf(completionSchema, 'CompletionPage');
export const applicationPageSchema = pageOf(applicationSchema, 'ApplicationPage');
export const exportPageSchema = pageOf(exportRecordSchema, 'ExportPage');

export const pageQuerySchema = z.object({
  cursor: z.string().max(200).optional().meta({ description: 'From the previous page’s nextCursor; absent for the first page.' }),
  limit: z.coerce
    .number()
    .int('use a whole number')
    .min(1, 'at least 1')
    .max(MAX_PAGE_SIZE, `at most ${MAX_PAGE_SIZE}`)
    .default(DEFAULT_PAGE_SIZE)
    .meta({ description: `Items per page, 1–${MAX_PAGE_SIZE}.` }),
});

export const applicationsQuerySchema = pageQuerySchema.extend({
  status: z
    .enum(APPLICATION_STATUSES, { error: `one of ${APPLICATION_STATUSES.join(', ')}` })
    .optional()
    .meta({ description: 'Only applications in this state.' }),
});

export const problemSchema = z
  .object({
    type: z.string().meta({ description: 'A URI naming the problem; it opens its explanation.' }),
    title: z.string(),
    status: z.number().int(),
    code: z.string().meta({ description: 'Stable: branch on this.' }),
    detail: z.string(),
    errors: z
      .array(z.object({ pointer: z.string().optional(), parameter: z.string().optional(), detail: z.string() }))
      .optional()
      .meta({ description: 'For invalid input: each problem, at a JSON Pointer into the body (or a query parameter).' }),
  })
  .meta({ description: 'RFC 9457 problem details.' })
  .register(apiSchemas, { id: 'Problem' });

export const createdCompletionsResponseSchema = z
  .object({ data: createdCompletionsSchema })
  .register(apiSchemas, { id: 'CreatedCompletionsResponse' });
