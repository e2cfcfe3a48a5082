// The OpenAPI 3.1 document of /api/v1, generated from the zod schemas the routes parse with
// (schemas.ts, the export filters of lib/exports/filters.ts) by zod's own JSON Schema output, and
// the list of operations the developers page shows. Served at /api/v1/openapi.json.
import { z } from 'zod';
import { API_SCOPES, type ApiScopeName } from '@/lib/api-tokens/scopes';
import { EXPORT_DATASET_FILTERS } from './export-datasets';
import { PROBLEMS, problemType, type ProblemCode } from './problem';
import { apiSchemas, applicationsQuerySchema, MAX_BODY_BYTES, MAX_COMPLETIONS_PER_REQUEST, pageQuerySchema } from './schemas';

type JsonSchema = Record<string, unknown>;
type Parameter = { name: string; in: 'path' | 'query' | 'header'; required: boolean; description: string; schema: JsonSchema };

/** One operation of the API, as both the document and the developers page describe it. */
export type ApiOperation = {
  method: 'get' | 'post';
  path: string;
  operationId: string;
  summary: string;
  description: string;
  scope: ApiScopeName | null;
  parameters: Parameter[];
  requestBody?: string;
  success: { status: number; schema: string; description: string };
  problems: ProblemCode[];
};

const clean = (schema: JsonSchema): JsonSchema => {
  const { $schema: _s, $id: _i, ...rest } = schema;
  return rest;
};
const jsonSchemaOf = (schema: z.ZodType): JsonSchema => {
  try {
    return clean(z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as JsonSchema);
  } catch {
    return { type: 'string' };
  }
};
const describe = (schema: z.ZodType): string => (z.globalRegistry.get(schema)?.description as string | undefined) ?? '';

/** Query parameters from an object schema's fields. */
function queryParameters(schema: z.ZodObject): Parameter[] {
  return Object.entries(schema.shape).map(([name, field]) => ({
    name,
    in: 'query',
    required: false,
    description: describe(field as z.ZodType),
    schema: jsonSchemaOf(field as z.ZodType),
  }));
}

const providerId: Parameter = {
  name: 'providerId',
  in: 'path',
  required: true,
  description: 'Your ISC provider’s id (shown on the API tokens page). A token works only for its own provider.',
  schema: { type: 'string', format: 'uuid' },
};
const AUTH: ProblemCode[] = ['missing_token', 'invalid_token', 'token_expired', 'token_revoked', 'insufficient_scope', 'rate_limited'];

/** The export filters as query parameters: one per name, with each dataset's own values. */
function exportFilterParameters(): Parameter[] {
  const byName = new Map<string, { label: string; datasets: string[]; schemas: JsonSchema[] }>();
  for (const [dataset, fields] of Object.entries(EXPORT_DATASET_FILTERS)) {
    for (const [name, f] of Object.entries(fields)) {
      const entry = byName.get(name) ?? { label: f.label, datasets: [], schemas: [] };
      entry.datasets.push(dataset);
      entry.schemas.push(jsonSchemaOf(f.schema));
      byName.set(name, entry);
    }
  }
  return [...byName].map(([name, e]) => {
    const same = e.schemas.every((s) => JSON.stringify(s) === JSON.stringify(e.schemas[0]));
    const values = same
      ? ''
      : ` Values by dataset: ${e.datasets.map((d, i) => `${d}: ${JSON.stringify(e.schemas[i]!.enum ?? e.schemas[i]!.type)}`).join('; ')}.`;
    return {
      name,
      in: 'query' as const,
      required: false,
      description: `Filter: ${e.label} (${e.datasets.join(', ')}), as on the admin table.${values}`,
      schema: same ? e.schemas[0]! : { type: 'string' },
    };
  });
}

/** Every operation of the API. */
export function apiOperations(): ApiOperation[] {
  return [
    confirmCompletionsOperation(),
    listCompletionsOperation(),
    listApplicationsOperation(),
    readExportOperation(),
    documentOperation(),
  ];
}

function confirmCompletionsOperation(): ApiOperation {
  return {
    method: 'post',
    path: '/providers/{providerId}/completions',
    operationId: 'confirmCompletions',
    summary: 'Confirm ISC completions',
    description: `Confirms up to ${MAX_COMPLETIONS_PER_REQUEST} completions (body at most ${MAX_BODY_BYTES / 1024} KiB) by the rules of the CSV upload: all are saved, as one import batch, or none, and each problem is reported at its position (errors[].pointer, e.g. /completions/2/completedOn). Send an Idempotency-Key: a retry with the same key and body answers as the first request did (Idempotent-Replayed: true) and creates nothing again; the same key with another body is refused.`,
    scope: 'completions:write',
    parameters: [
      providerId,
      {
        name: 'Idempotency-Key',
        in: 'header',
        required: true,
        description: 'New for each new request, the same for its retries: 1–255 visible ASCII characters, e.g. a UUID. Kept 7 days.',
        schema: { type: 'string', minLength: 1, maxLength: 255 },
      },
    ],
    requestBody: 'PostCompletionsBody',
    success: { status: 201, schema: 'CreatedCompletionsResponse', description: 'Saved (or replayed: the answer of the first request).' },
    problems: [
      ...AUTH,
      'not_found',
      'idempotency_key_required',
      'unsupported_media_type',
      'payload_too_large',
      'malformed_json',
      'invalid_request',
      'invalid_completions',
      'idempotency_key_reused',
    ],
  };
}

function listCompletionsOperation(): ApiOperation {
  return {
    method: 'get',
    path: '/providers/{providerId}/completions',
    operationId: 'listCompletions',
    summary: 'List your confirmed completions',
    description: 'Every completion your provider confirmed (by form, CSV or API), oldest first, a page at a time.',
    scope: 'completions:read',
    parameters: [providerId, ...queryParameters(pageQuerySchema)],
    success: { status: 200, schema: 'CompletionPage', description: 'A page of completions.' },
    problems: [...AUTH, 'not_found', 'invalid_query', 'invalid_cursor'],
  };
}

function listApplicationsOperation(): ApiOperation {
  return {
    method: 'get',
    path: '/providers/{providerId}/applications',
    operationId: 'listApplications',
    summary: 'List the MCT applications you started',
    description:
      'The applications your provider started for candidates, oldest first, with their state: AWAITING_CANDIDATE (the candidate has not accepted the agreement yet), HELD (submitted while enrollment was paused; the candidate is emailed when it reopens), SUBMITTED (with the program team), APPROVED, REJECTED, WITHDRAWN or EXPIRED.',
    scope: 'applications:read',
    parameters: [providerId, ...queryParameters(applicationsQuerySchema)],
    success: { status: 200, schema: 'ApplicationPage', description: 'A page of applications.' },
    problems: [...AUTH, 'not_found', 'invalid_query', 'invalid_cursor'],
  };
}

function readExportOperation(): ApiOperation {
  return {
    method: 'get',
    path: '/exports/{dataset}',
    operationId: 'readExport',
    summary: 'Read an admin export',
    description: `The rows of a CSV export of the admin pages, with the same filters, as JSON in id order, a page at a time. Datasets: ${Object.keys(EXPORT_DATASET_FILTERS).join(', ')}. Dates in filters are read in the time zone of the admin who created the token.`,
    scope: 'exports:read',
    parameters: [
      {
        name: 'dataset',
        in: 'path',
        required: true,
        description: 'Which export.',
        schema: { type: 'string', enum: Object.keys(EXPORT_DATASET_FILTERS) },
      },
      ...queryParameters(pageQuerySchema),
      ...exportFilterParameters(),
    ],
    success: { status: 200, schema: 'ExportPage', description: 'A page of rows.' },
    problems: [...AUTH, 'not_found', 'invalid_query', 'invalid_cursor'],
  };
}

function documentOperation(): ApiOperation {
  return {
    method: 'get',
    path: '/openapi.json',
    operationId: 'openApiDocument',
    summary: 'This document',
    description: 'The OpenAPI 3.1 description of the API. No token needed.',
    scope: null,
    parameters: [],
    success: { status: 200, schema: '', description: 'The OpenAPI document.' },
    problems: [],
  };
}

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });

/** The OpenAPI 3.1 document. */
export function openApiDocument(appUrl: string) {
  const { schemas } = z.toJSONSchema(apiSchemas, { uri: (id) => `#/components/schemas/${id}`, io: 'input' });
  const paths: Record<string, Record<string, unknown>> = {};
  for (const op of apiOperations()) {
    const responses: Record<string, unknown> = {
      [op.success.status]: {
        description: op.success.description,
        content: { 'application/json': { schema: op.success.schema ? ref(op.success.schema) : { type: 'object' } } },
      },
    };
    for (const code of op.problems) {
      const { status, title } = PROBLEMS[code];
      const existing = responses[status] as { description: string } | undefined;
      responses[status] = {
        description: existing ? `${existing.description}; ${code}` : `${title} (${code})`,
        content: { 'application/problem+json': { schema: ref('Problem') } },
      };
    }
    paths[op.path] = {
      ...paths[op.path],
      [op.method]: {
        operationId: op.operationId,
        summary: op.summary,
        description: op.scope ? `${op.description}\n\nScope: \`${op.scope}\` (${API_SCOPES[op.scope].label}).` : op.description,
        tags: [op.path.startsWith('/exports') ? 'Admin exports' : op.path.startsWith('/providers') ? 'ISC providers' : 'Documents'],
        security: op.scope ? [{ bearerAuth: [] }] : [],
        parameters: op.parameters,
        ...(op.requestBody ? { requestBody: { required: true, content: { 'application/json': { schema: ref(op.requestBody) } } } } : {}),
        responses,
      },
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Community Programs Portal API',
      version: '1',
      description:
        'ISC providers confirm completions and follow the MCT applications they started; program admins read the exports. Every request but this document needs a bearer token (created on /provider/api-tokens or /admin/api-tokens). Errors are RFC 9457 problem details with a stable `code`.',
    },
    servers: [{ url: `${appUrl}/api/v1` }],
    paths,
    components: {
      schemas: Object.fromEntries(Object.entries(schemas).map(([id, s]) => [id, clean(s as JsonSchema)])),
      securitySchemes: {
        bearerAuth: { type: 'http', scheme: 'bearer', description: 'A token from the API tokens page: `Authorization: Bearer cpp_…`.' },
      },
    },
    'x-problem-types': Object.fromEntries(
      (Object.keys(PROBLEMS) as ProblemCode[]).map((code) => [code, { type: problemType(appUrl, code), ...PROBLEMS[code] }]),
    ),
  };
}
