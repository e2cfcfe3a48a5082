// A program's whole history at scale, generated in SQL (INSERT ... SELECT over generate_series) on
// top of the demo data: ~5,000 MVPs, 20,000 nominations, 250,000 evidence items, 60,000 reviews,
// 15,000 MCT applications, 30,000 memberships with 100,000 deliveries, 500,000 audit entries.
// Used by `npm run seed:large` (scripts/seed-large.ts), `npm run bench` and the query-plan tests.
//
// Ids are deterministic (a per-table prefix and a running number), so related rows are computed
// arithmetically instead of looked up; random() is seeded, so two loads of the same scale and day
// are alike. Everything runs in one transaction with a marker row (an AuditEvent), so a second
// run adds nothing and a failed run leaves nothing behind.
import type pg from 'pg';
import type { DateKey } from '@/lib/dates';
import { CONTRIBUTION_TYPES } from '@/lib/evidence/types';

export const LARGE_DATASET_MARKER = 'dataset.large_loaded';
/** The large dataset's MCT member who imports deliveries in the benchmark (password: the demo one). */
export const BENCH_IMPORTER_EMAIL = 'bench.importer@large.example';

export type LargeDatasetOptions = {
  /** 1 is the full program; 0.05 a twentieth of it (tests, --quick). */
  scale: number;
  /** The day the data is anchored to (the demo seed's day). */
  today: DateKey;
  log?: (message: string) => void;
};

export type LargeDatasetResult = { loaded: boolean; seconds: number; counts: Record<string, number> };

/** Tables whose row counts are reported. */
export const COUNTED_TABLES = [
  'User',
  'EvidenceItem',
  'EvidenceMetric',
  'Nomination',
  'NominationEvent',
  'Submission',
  'SubmissionItem',
  'ReviewAssignment',
  'ReviewScore',
  'Decision',
  'Award',
  'IscCompletion',
  'CandidateCertification',
  'MctApplication',
  'MctMembership',
  'MctMembershipTerm',
  'TrainingDelivery',
  'Notification',
  'AuditEvent',
] as const;

/** Row counts of the main tables (exact). */
export async function countRows(client: pg.ClientBase): Promise<Record<string, number>> {
  const sql = COUNTED_TABLES.map((t) => `SELECT '${t}' AS t, count(*)::int AS n FROM "${t}"`).join(' UNION ALL ');
  const { rows } = await client.query<{ t: string; n: number }>(sql);
  return Object.fromEntries(rows.map((r) => [r.t, r.n]));
}

/** Whether the large dataset is already in this database. */
export async function hasLargeDataset(client: pg.ClientBase): Promise<boolean> {
  const { rowCount } = await client.query(`SELECT 1 FROM "AuditEvent" WHERE action = $1 LIMIT 1`, [LARGE_DATASET_MARKER]);
  return Boolean(rowCount);
}

// Per-table id prefixes: lid(T.user, 'g') is the uuid of large user number g.
const T = {
  user: 1,
  evidence: 2,
  nomination: 3,
  submission: 4,
  assignment: 5,
  decision: 6,
  award: 7,
  cycle: 8,
  criterion: 9,
  subItem: 10,
  provider: 11,
  completion: 12,
  application: 13,
  membership: 14,
  term: 15,
  delivery: 16,
  cert: 17,
  nomEvent: 18,
  notification: 19,
} as const;
const lid = (tag: number, n: string) =>
  `(lpad(to_hex(${0xb1600000 + tag}::bigint), 8, '0') || '-0000-7000-8000-' || lpad(to_hex((${n})::bigint), 12, '0'))::uuid`;

/** A weighted pick: an SQL expression choosing one of the values, each as often as its weight. */
function pick(values: readonly (string | number)[], weights: readonly number[], cast: string): string {
  const bag: string[] = [];
  values.forEach((v, i) => {
    for (let k = 0; k < weights[i]!; k++) bag.push(typeof v === 'number' ? String(v) : `'${v}'`);
  });
  return `((ARRAY[${bag.join(',')}]${cast})[1 + floor(random() * ${bag.length})::int])`;
}

const FIRST = [
  'Ada',
  'Ben',
  'Chloe',
  'Dmitri',
  'Elena',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kemi',
  'Lars',
  'Mei',
  'Nadia',
  'Omar',
  'Priya',
  'Quinn',
  'Rosa',
  'Sven',
  'Tariq',
  'Uma',
  'Victor',
  'Wen',
  'Ximena',
  'Yusuf',
  'Zara',
  'Aisha',
  'Bruno',
  'Carmen',
  'Deniz',
  'Emil',
  'Fatima',
  'Gustavo',
  'Hana',
  'Ivan',
  'Julia',
  'Kofi',
  'Leila',
  'Mateo',
  'Noor',
  'Olga',
  'Pablo',
  'Rania',
  'Sanjay',
  'Tomás',
  'Ulla',
  'Vera',
  'Wojciech',
  'Yara',
  'Zoltan',
];
const LAST = [
  'Andersen',
  'Bianchi',
  'Chen',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lopez',
  'Müller',
  'Nakamura',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Singh',
  'Tanaka',
  'Ueda',
  'Varga',
  'Wright',
  'Xu',
  'Yilmaz',
  'Zhang',
  'Abebe',
  'Brown',
  'Costa',
  'Demir',
  'Eriksson',
  'Ferreira',
  'Gupta',
  'Hansen',
  'Ito',
  'Jovanović',
  'Kim',
  'Larsen',
  'Mensah',
  'Novak',
  'Oliveira',
  'Park',
  'Reyes',
  'Schmidt',
  'Takahashi',
  'Urban',
  'Vogel',
  'Wang',
  'Yamamoto',
  'Zielinski',
];
const COMPANIES = [
  'contoso',
  'fabrikam',
  'northwind',
  'tailspin',
  'woodgrove',
  'adatum',
  'litware',
  'proseware',
  'fourthcoffee',
  'wideworld',
  'alpineski',
  'bluelake',
  'cohowinery',
  'lucernepub',
  'margiestravel',
  'relecloud',
  'treyresearch',
  'wingtip',
  'graphicdesign',
  'southridge',
];
const sqlText = (xs: readonly string[]) => `ARRAY[${xs.map((x) => `'${x.replace(/'/g, "''")}'`).join(',')}]`;
const nameOf = (g: string) =>
  `(${sqlText(FIRST)})[1 + (${g} * 7) % ${FIRST.length}] || ' ' || (${sqlText(LAST)})[1 + (${g} * 13 + ${g} / ${FIRST.length}) % ${LAST.length}]`;
const companyOf = (g: string) => `(${sqlText(COMPANIES)})[1 + (${g}) % ${COMPANIES.length}] || '-' || ((${g}) % 397) || '.example'`;

// How often each contribution type appears in a log (blog posts and user-group talks dominate).
const TYPE_WEIGHTS: Record<keyof typeof CONTRIBUTION_TYPES, number> = {
  BLOG: 16,
  VIDEO: 8,
  SPEAKING_USER_GROUP: 12,
  SPEAKING_CONFERENCE: 8,
  FORUM_ANSWERS: 10,
  OPEN_SOURCE: 7,
  CODE_SAMPLE: 7,
  TECHNICAL_SOCIAL_MEDIA: 6,
  PODCAST: 3,
  WORKSHOP: 5,
  MENTORING: 4,
  EVENT_ORGANISER: 4,
  SPEAKING_MICROSOFT_EVENT: 3,
  PRODUCT_FEEDBACK: 2,
  FORUM_MODERATION: 1,
  TRANSLATION_REVIEW: 1,
  SITE_OWNER: 1,
  COURSE: 1,
  BOOK: 1,
  OTHER: 1,
};
const AUDIENCES = [
  'DEVELOPERS',
  'IT_PROFESSIONALS',
  'DATA_AND_AI_PRACTITIONERS',
  'SECURITY_PROFESSIONALS',
  'BUSINESS_USERS',
  'STUDENTS',
  'EDUCATORS',
  'GENERAL_PUBLIC',
];
// Category weights, in the demo's category order (Azure, AI, Security, Dev tech, M365, Biz apps, Data, Windows).
const CATEGORY_WEIGHTS = [22, 15, 12, 18, 10, 9, 9, 5];
const REVIEWERS_PER_CATEGORY = 15;

/** Loads the large dataset unless it is there. The demo seed must have run (categories, cycles, demo accounts). */
export async function loadLargeDataset(client: pg.ClientBase, opts: LargeDatasetOptions): Promise<LargeDatasetResult> {
  const log = opts.log ?? (() => {});
  const started = Date.now();
  if (await hasLargeDataset(client)) {
    return { loaded: false, seconds: 0, counts: await countRows(client) };
  }
  const s = opts.scale;
  const n = (full: number, min = 1) => Math.max(min, Math.round(full * s));
  const nMvp = n(5000, 20);
  const nCand = n(15000, 60);
  const nMct = n(30000, 60);
  const nAppOnly = n(3000, 10);
  const nEmp = n(200, 5);
  const nRev = 8 * REVIEWERS_PER_CATEGORY;
  const nStaff = 12;
  // User numbers: MVPs, candidates, MCT members (overlapping the last third of the candidates:
  // one person may hold both), applicants who are not members, employees, reviewers, provider staff.
  const mctBase = nMvp + Math.floor((nCand * 2) / 3);
  const appOnlyBase = mctBase + nMct;
  const empBase = appOnlyBase + nAppOnly;
  const revBase = empBase + nEmp;
  const staffBase = revBase + nRev;
  const nUsers = staffBase + nStaff;
  const nMctAll = nMct + nAppOnly;
  const nApprovedApps = n(12000, 40);
  const today = opts.today;
  const q = async (label: string, sql: string, values: unknown[] = []) => {
    const t = Date.now();
    const r = await client.query(sql, values);
    log(`${label}: ${r.rowCount ?? 0} rows in ${((Date.now() - t) / 1000).toFixed(1)} s`);
    return r;
  };

  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL synchronous_commit = off`);
    await client.query(`SELECT setseed(0.4242)`);
    // What the demo seed made, which the large data hangs on.
    const demo = await client.query<{ email: string; id: string }>(
      `SELECT email, id FROM "User" WHERE email IN ('admin@demo.test','reviewer@demo.test','provider@demo.test','candidate@demo.test')`,
    );
    const demoId = (email: string) => {
      const row = demo.rows.find((r) => r.email === email);
      if (!row) throw new Error(`The demo seed must run first (${email} is missing).`);
      return row.id;
    };
    const admin = demoId('admin@demo.test');
    const demoReviewer = demoId('reviewer@demo.test');
    const demoProviderStaff = demoId('provider@demo.test');
    const demoCandidate = demoId('candidate@demo.test');
    const cycles = await client.query<{ id: string; status: string }>(
      `SELECT id, status FROM "AwardCycle" WHERE name LIKE 'MVP award cycle %' ORDER BY "nominationsOpenAt" DESC`,
    );
    const current = cycles.rows.find((c) => c.status === 'OPEN');
    const previous = cycles.rows.find((c) => c.status === 'CLOSED');
    if (!current || !previous) throw new Error('The demo seed must run first (award cycles are missing).');

    await q(
      'temp tables',
      `CREATE TEMP TABLE lg_cat ON COMMIT DROP AS
         SELECT (row_number() OVER (ORDER BY c."sortOrder", c.name) - 1)::int AS idx, c.id, c.slug,
                (SELECT array_agg(f.id ORDER BY f."sortOrder") FROM "FocusArea" f WHERE f."categoryId" = c.id) AS fa
         FROM "AwardCategory" c WHERE c.slug IN ('azure','ai-platform','security','developer-technologies','m365','business-applications','data-platform','windows-and-devices')`,
    );
    const catCount = (await client.query<{ n: number }>('SELECT count(*)::int AS n FROM lg_cat')).rows[0]!.n;
    if (catCount !== 8) throw new Error('The demo seed must run first (award categories are missing).');
    const types = Object.entries(CONTRIBUTION_TYPES);
    await client.query(
      `CREATE TEMP TABLE lg_type ON COMMIT DROP AS
         SELECT * FROM (VALUES ${types
           .map(([t, info], i) => `(${i}, '${t}', '${info.defaultRole}', ARRAY[${info.metrics.map((m) => `'${m}'`).join(',')}]::text[])`)
           .join(',')}) v(idx, type, role, metrics)`,
    );
    const typePick = pick(
      types.map((_, i) => i),
      types.map(([t]) => TYPE_WEIGHTS[t as keyof typeof TYPE_WEIGHTS]),
      '::int[]',
    );
    const catPick = pick([0, 1, 2, 3, 4, 5, 6, 7], CATEGORY_WEIGHTS, '::int[]');

    // ── Cycles: three older closed cycles before the demo's previous one, same rubric ──
    await q(
      'award cycles',
      `INSERT INTO "AwardCycle" (id, name, status, "nominationsOpenAt", "nominationsCloseAt", "submissionDeadline", "reviewDueAt",
         "renewalDeadline", "reviewClosedAt", "awardStartsOn", "reviewersPerSubmission", "scoreMin", "scoreMax", "createdAt", "updatedAt",
         "decisionsReleaseAt", "renewalOpensAt", "closedAt")
       SELECT ${lid(T.cycle, 'k')}, 'MVP award cycle ' || (extract(year FROM p."awardStartsOn")::int - k) || '–' || (extract(year FROM p."awardStartsOn")::int - k + 1),
         'CLOSED', p."nominationsOpenAt" - make_interval(years => k), p."nominationsCloseAt" - make_interval(years => k),
         p."submissionDeadline" - make_interval(years => k), p."reviewDueAt" - make_interval(years => k),
         p."renewalDeadline" - make_interval(years => k), coalesce(p."reviewClosedAt", p."reviewDueAt") - make_interval(years => k),
         p."awardStartsOn" - make_interval(years => k), 4, p."scoreMin", p."scoreMax", p."nominationsOpenAt" - make_interval(years => k), now(),
         p."decisionsReleaseAt" - make_interval(years => k), p."renewalOpensAt" - make_interval(years => k),
         coalesce(p."reviewClosedAt", p."reviewDueAt") - make_interval(years => k)
       FROM "AwardCycle" p, generate_series(1, 3) k WHERE p.id = $1`,
      [previous.id],
    );
    await q(
      'review criteria',
      `INSERT INTO "ReviewCriterion" (id, "cycleId", key, label, description, weight, "sortOrder")
       SELECT ${lid(T.criterion, 'k * 10 + c."sortOrder"')}, ${lid(T.cycle, 'k')}, c.key, c.label, c.description, c.weight, c."sortOrder"
       FROM "ReviewCriterion" c, generate_series(1, 3) k WHERE c."cycleId" = $1`,
      [previous.id],
    );
    await client.query(
      `CREATE TEMP TABLE lg_cycle ON COMMIT DROP AS
         SELECT id, CASE WHEN id = $1 THEN 'current' WHEN id = $2 THEN 'previous' ELSE 'old' END AS kind,
                "nominationsOpenAt" AS opens, "nominationsCloseAt" AS closes, "reviewDueAt" AS due, "reviewClosedAt" AS closed,
                "awardStartsOn" AS award_starts, "scoreMin" AS smin, "scoreMax" AS smax
         FROM "AwardCycle" WHERE id IN ($1, $2, ${[1, 2, 3].map((k) => lid(T.cycle, String(k))).join(',')})`,
      [current.id, previous.id],
    );

    // ── People ──
    const userKind = `CASE WHEN g <= ${nMvp} THEN 'mvp' WHEN g <= ${nMvp + nCand} THEN 'candidate' WHEN g <= ${empBase} THEN 'mct'
      WHEN g <= ${revBase} THEN 'employee' WHEN g <= ${staffBase} THEN 'reviewer' ELSE 'staff' END`;
    await q(
      'users',
      `INSERT INTO "User" (id, name, email, "emailVerified", "timeZone", "notificationMode", "createdAt", "updatedAt")
       SELECT ${lid(T.user, 'g')}, ${nameOf('g')},
         lower(translate((${sqlText(FIRST)})[1 + (g * 7) % ${FIRST.length}], 'áéíóúüćšłń', 'aeiouucsln')) || '.' ||
         lower(translate((${sqlText(LAST)})[1 + (g * 13 + g / ${FIRST.length}) % ${LAST.length}], 'áéíóúüćšłń', 'aeiouucsln')) || '.' || g || '@' ||
         CASE kind WHEN 'employee' THEN 'microsoft.com' WHEN 'reviewer' THEN 'programs.large.example' WHEN 'staff' THEN 'isc-' || g || '.example'
           ELSE ${companyOf('g')} END,
         now() - make_interval(days => (random() * 1500)::int),
         ${pick(['UTC', 'Europe/Berlin', 'America/New_York', 'America/Los_Angeles', 'Asia/Tokyo', 'Asia/Kolkata', 'Australia/Sydney', 'America/Sao_Paulo'], [3, 3, 3, 2, 1, 2, 1, 1], '::text[]')},
         ${pick(['IMMEDIATE', 'DAILY_DIGEST', 'OFF'], [8, 2, 1], '::"NotificationMode"[]')},
         now() - make_interval(days => 30 + (random() * 1800)::int), now()
       FROM (SELECT g, ${userKind} AS kind FROM generate_series(1, ${nUsers}) g) u`,
    );
    await q(
      'roles',
      `INSERT INTO "UserRole" ("userId", role, "grantedById")
       SELECT ${lid(T.user, 'g')}, 'EMPLOYEE'::"Role", $1::uuid FROM generate_series(${empBase + 1}, ${revBase}) g
       UNION ALL SELECT ${lid(T.user, 'g')}, 'REVIEWER'::"Role", $1::uuid FROM generate_series(${revBase + 1}, ${staffBase}) g`,
      [admin],
    );
    await q(
      'reviewer categories',
      `INSERT INTO "ReviewerCategory" ("reviewerId", "categoryId")
       SELECT ${lid(T.user, `${revBase} + c.idx * ${REVIEWERS_PER_CATEGORY} + k + 1`)}, c.id FROM lg_cat c, generate_series(0, ${REVIEWERS_PER_CATEGORY - 1}) k`,
    );

    // ── Evidence: a few dozen items for most MVPs, hundreds for some; a handful for most candidates ──
    await client.query(
      `CREATE TEMP TABLE lg_people ON COMMIT DROP AS
       SELECT ${lid(T.user, 'g')} AS user_id, g,
         least(800, greatest(1, round(exp(CASE WHEN g <= ${nMvp} THEN ln(25) ELSE ln(3) END
           + 0.9 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))))::int AS cnt
       FROM generate_series(1, ${nMvp + nCand}) g
       UNION ALL SELECT $1::uuid, 0, 400`,
      [demoCandidate],
    );
    await q(
      'evidence items',
      `INSERT INTO "EvidenceItem" (id, "ownerId", type, role, title, description, "startDate", "endDate", url, audience, "categoryId",
         "focusAreaId", "isPaid", "isFullTimeJob", "privateNote", "isHighImpact", "createdAt", "updatedAt")
       SELECT ${lid(T.evidence, 'x.n')}, x.owner, t.type::"ContributionType", t.role::"ContributionRole",
         left(initcap(replace(lower(t.type), '_', ' ')) || ': ' || (ARRAY['Getting started with','Deep dive into','Lessons from','Scaling','Securing','Migrating to','Ten tips for','Debugging','Automating','What is new in'])[1 + x.n % 10]
           || ' ' || (ARRAY['AKS','Bicep','Azure Functions','Copilot Studio','Entra ID','Fabric','Power BI','.NET Aspire','TypeScript','Intune','Sentinel','Power Apps','SQL Server','GitHub Actions','Teams apps'])[1 + (x.n / 10) % 15] || ' #' || x.k, 100),
         'A contribution to the community: what was shared, with whom, and what it changed for them.',
         x.start, CASE WHEN t.type IN ('WORKSHOP','MENTORING','EVENT_ORGANISER','COURSE') THEN x.start + (x.r2 * 60)::int END,
         'https://community.example/' || lower(t.type) || '/' || x.n,
         ${pick(AUDIENCES, [30, 25, 12, 10, 8, 7, 4, 4], '::"TargetAudience"[]')},
         c.id, CASE WHEN x.r2 < 0.8 THEN c.fa[1 + x.n % array_length(c.fa, 1)] END,
         x.r3 < 0.12, x.r3 < 0.01, CASE WHEN x.r2 < 0.2 THEN 'Numbers from the platform analytics.' END, x.r3 > 0.9,
         x.start + interval '1 day', x.start + interval '1 day'
       FROM (
         SELECT row_number() OVER () AS n, p.user_id AS owner, k, ${typePick} AS ti, ${catPick} AS ci, random() AS r2, random() AS r3,
           ($1::date - (power(random(), 1.6) * 1800)::int) AS start
         FROM lg_people p, generate_series(1, p.cnt) k
       ) x JOIN lg_type t ON t.idx = x.ti JOIN lg_cat c ON c.idx = x.ci`,
      [today],
    );
    await q(
      'evidence metrics',
      `INSERT INTO "EvidenceMetric" ("evidenceItemId", metric, value)
       SELECT e.id, m.metric::"ReachMetric", (CASE m.metric WHEN 'PAGE_VISIT_SECONDS' THEN 30 + random() * 300 WHEN 'SESSIONS' THEN 1 + random() * 5
         ELSE power(10, 1 + random() * 3.5) END)::int
       FROM "EvidenceItem" e JOIN lg_type t ON t.type = e.type::text
       CROSS JOIN LATERAL unnest(t.metrics[1:1 + (random() < 0.5)::int]) AS m(metric)
       WHERE e.id BETWEEN ${lid(T.evidence, '0')} AND ${lid(T.evidence, '281474976710655')}`,
    );

    // ── Nominations: MVPs were awarded in the previous cycle; candidates are in every state ──
    await client.query(
      `CREATE TEMP TABLE lg_nom ON COMMIT DROP AS
       SELECT x0.g, cy.id AS cycle_id, cy.kind AS cycle_kind, x0.cat, x.status, x0.r,
         greatest(cy.opens, least(now() - interval '40 days', cy.opens + (cy.closes - cy.opens) * x0.r * 0.8)) AS invited_at,
         CASE WHEN x0.r2 < 0.62 THEN ${lid(T.user, `1 + ((x0.g * 7919) % ${nMvp} + ((x0.g * 7919) % ${nMvp} + 1 = x0.g)::int) % ${nMvp}`)}
              ELSE ${lid(T.user, `${empBase} + 1 + x0.g % ${nEmp}`)} END AS nominator_id,
         CASE WHEN cy.kind = 'current' THEN 3 WHEN cy.kind = 'previous' THEN 4 + x0.g % 2 ELSE 5 END AS reviewers
       FROM (
         SELECT g, ${catPick} AS cat, random() AS r, random() AS r2, random() AS r3,
           CASE WHEN g <= ${nMvp} THEN 'previous' WHEN random() < 0.4 THEN 'current' ELSE 'older' END AS bucket,
           random() AS rs
         FROM generate_series(1, ${nMvp + nCand}) g
       ) x0
       CROSS JOIN LATERAL (SELECT
         CASE WHEN x0.g <= ${nMvp} THEN 'DECIDED'
              WHEN x0.bucket = 'current' THEN CASE WHEN x0.rs < 0.15 THEN 'INVITED' WHEN x0.rs < 0.40 THEN 'ACCEPTED' WHEN x0.rs < 0.50 THEN 'SUBMITTED'
                WHEN x0.rs < 0.95 THEN 'UNDER_REVIEW' WHEN x0.rs < 0.98 THEN 'DECLINED' ELSE 'WITHDRAWN' END
              ELSE CASE WHEN x0.rs < 0.55 THEN 'DECIDED' WHEN x0.rs < 0.70 THEN 'DECLINED' WHEN x0.rs < 0.90 THEN 'EXPIRED' ELSE 'WITHDRAWN' END
         END AS status) x
       JOIN lg_cycle cy ON cy.id = CASE WHEN x0.bucket = 'previous' THEN $1::uuid WHEN x0.bucket = 'current' THEN $2::uuid
         ELSE (ARRAY[${[1, 2, 3].map((k) => lid(T.cycle, String(k))).join(',')}, $1::uuid])[1 + x0.g % 4] END`,
      [previous.id, current.id],
    );
    await q(
      'nominations',
      `INSERT INTO "Nomination" (id, "cycleId", "nominatorId", "nomineeId", "nomineeName", "nomineeEmail", "categoryId", "focusAreaId", statement,
         relationship, status, "invitedAt", "inviteExpiresAt", "respondedAt", "declineReason", "closedAt", "createdAt", "updatedAt")
       SELECT ${lid(T.nomination, 'm.g')}, m.cycle_id, m.nominator_id, CASE WHEN m.status IN ('INVITED','EXPIRED') THEN NULL ELSE u.id END, u.name, u.email,
         c.id, c.fa[1 + m.g % array_length(c.fa, 1)],
         'Consistently shares deep, practical knowledge with the community: talks, articles and answers that people come back to.',
         ${pick(['COLLEAGUE', 'COMMUNITY_PEER', 'EVENT_ORGANISER', 'MENTOR', 'MICROSOFT_CONTACT', 'OTHER'], [2, 5, 2, 1, 3, 1], '::"NominatorRelationship"[]')},
         m.status::"NominationStatus", m.invited_at, m.invited_at + interval '30 days',
         CASE WHEN m.status NOT IN ('INVITED','EXPIRED') THEN m.invited_at + interval '3 days' END,
         CASE WHEN m.status = 'DECLINED' THEN 'Not this year, thank you.' END,
         CASE WHEN m.status IN ('DECIDED','DECLINED','EXPIRED','WITHDRAWN') THEN least(now(), m.invited_at + interval '120 days') END,
         m.invited_at, m.invited_at
       FROM lg_nom m JOIN "User" u ON u.id = ${lid(T.user, 'm.g')} JOIN lg_cat c ON c.idx = m.cat`,
    );
    await q(
      'nomination events',
      `INSERT INTO "NominationEvent" (id, "nominationId", status, note, at)
       SELECT ${lid(T.nomEvent, 'm.g * 4 + e.k')}, ${lid(T.nomination, 'm.g')}, e.status::"NominationStatus", NULL, m.invited_at + make_interval(days => e.k * 5)
       FROM lg_nom m CROSS JOIN LATERAL (VALUES (0, 'INVITED'), (1, CASE WHEN m.status IN ('INVITED') THEN NULL WHEN m.status IN ('DECLINED','EXPIRED') THEN m.status ELSE 'ACCEPTED' END),
         (2, CASE WHEN m.status IN ('SUBMITTED','UNDER_REVIEW','DECIDED') THEN 'SUBMITTED' WHEN m.status = 'WITHDRAWN' THEN 'WITHDRAWN' END),
         (3, CASE WHEN m.status IN ('UNDER_REVIEW','DECIDED') THEN m.status END)) e(k, status)
       WHERE e.status IS NOT NULL`,
    );
    await q(
      'submissions',
      `INSERT INTO "Submission" (id, kind, "nominationId", "candidateId", "cycleId", "categoryId", "focusAreaId", "windowStart", "windowEnd", status, "submittedAt")
       SELECT ${lid(T.submission, 'm.g')}, 'NOMINATION', ${lid(T.nomination, 'm.g')}, ${lid(T.user, 'm.g')}, m.cycle_id, c.id, c.fa[1 + m.g % array_length(c.fa, 1)],
         ((m.invited_at + interval '20 days')::date - interval '1 year' + interval '1 day')::date, (m.invited_at + interval '20 days')::date,
         m.status::text::"SubmissionStatus", m.invited_at + interval '20 days'
       FROM lg_nom m JOIN lg_cat c ON c.idx = m.cat WHERE m.status IN ('SUBMITTED','UNDER_REVIEW','DECIDED')`,
    );
    await q(
      'submission items',
      `INSERT INTO "SubmissionItem" (id, "submissionId", position, type, role, title, description, "startDate", url, audience, "technologyArea", "isPaid", "isHighImpact", metrics)
       SELECT ${lid(T.subItem, 'm.g * 64 + k')}, ${lid(T.submission, 'm.g')}, k, t.type::"ContributionType", t.role::"ContributionRole",
         'Contribution ' || k || ' of the year', 'What was shared and who it reached, as the candidate logged it.',
         (m.invited_at + interval '20 days')::date - (random() * 360)::int, 'https://community.example/item/' || m.g || '/' || k,
         'DEVELOPERS', NULL, false, random() < 0.1, jsonb_build_object(t.metrics[1], (power(10, 1 + random() * 3))::int)
       FROM lg_nom m CROSS JOIN LATERAL generate_series(1, 3 + (power(random(), 2) * 17)::int + 0 * m.g) k
       JOIN lg_type t ON t.idx = (m.g + k) % ${types.length}
       WHERE m.status IN ('SUBMITTED','UNDER_REVIEW','DECIDED')`,
    );

    // ── Reviews: the cycle's number of reviewers of the category per submission under review or decided ──
    await q(
      'review assignments',
      `INSERT INTO "ReviewAssignment" (id, "submissionId", "reviewerId", "assignedById", method, status, "dueAt", confidence, "committeeComment",
         "candidateFeedback", "submittedAt", "assignedAt", "updatedAt")
       SELECT ${lid(T.assignment, 'm.g * 8 + j')}, ${lid(T.submission, 'm.g')},
         ${lid(T.user, `${revBase} + m.cat * ${REVIEWERS_PER_CATEGORY} + (m.g + j * 3) % ${REVIEWERS_PER_CATEGORY} + 1`)}, $1::uuid,
         CASE WHEN m.g % 3 = 0 THEN 'MANUAL' ELSE 'AUTOMATIC' END::"AssignmentMethod", st.status::"ReviewStatus", cy.due,
         CASE WHEN st.status = 'SUBMITTED' THEN 1 + (random() * 3)::int END,
         CASE WHEN st.status = 'SUBMITTED' THEN 'Solid reach and depth; consistent across the year.' END,
         CASE WHEN st.status = 'SUBMITTED' THEN 'Your talks and articles reached many people; keep the momentum.' END,
         CASE WHEN st.status = 'SUBMITTED' THEN least(now(), m.invited_at + interval '40 days') END,
         m.invited_at + interval '22 days', m.invited_at + interval '22 days'
       FROM lg_nom m JOIN lg_cycle cy ON cy.id = m.cycle_id CROSS JOIN generate_series(0, m.reviewers - 1) j
       CROSS JOIN LATERAL (SELECT CASE WHEN m.status = 'DECIDED' THEN 'SUBMITTED' WHEN random() < 0.4 THEN 'SUBMITTED'
         WHEN random() < 0.4 THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END AS status) st
       WHERE m.status IN ('UNDER_REVIEW','DECIDED')`,
      [admin],
    );
    // The demo reviewer's own big queue: Azure and Security submissions of the current cycle, and
    // some of the previous cycle's already reviewed. Never their own, and none of these candidates
    // or nominators shares the reviewer's domain or is the reviewer.
    const demoQueue = n(200, 20);
    await q(
      'demo reviewer queue',
      `INSERT INTO "ReviewAssignment" (id, "submissionId", "reviewerId", "assignedById", method, status, "dueAt", confidence, "committeeComment", "candidateFeedback", "submittedAt", "assignedAt", "updatedAt")
       SELECT ${lid(T.assignment, 'x.g * 8 + 7')}, ${lid(T.submission, 'x.g')}, $1::uuid, $2::uuid, 'MANUAL', x.status::"ReviewStatus", x.due,
         CASE WHEN x.status = 'SUBMITTED' THEN 3 END, CASE WHEN x.status = 'SUBMITTED' THEN 'Strong in reach, lighter on depth.' END,
         CASE WHEN x.status = 'SUBMITTED' THEN 'Great consistency over the year.' END,
         CASE WHEN x.status = 'SUBMITTED' THEN least(now(), x.invited_at + interval '35 days') END, x.invited_at + interval '22 days', now()
       FROM (
         SELECT m.g, m.invited_at, cy.due, CASE WHEN m.cycle_kind = 'previous' THEN 'SUBMITTED' WHEN row_number() OVER (PARTITION BY m.cycle_kind ORDER BY m.g) % 5 = 0 THEN 'IN_PROGRESS' ELSE 'ASSIGNED' END AS status,
           row_number() OVER (PARTITION BY m.cycle_kind ORDER BY m.g) AS rn, m.cycle_kind
         FROM lg_nom m JOIN lg_cycle cy ON cy.id = m.cycle_id JOIN lg_cat c ON c.idx = m.cat
         WHERE c.slug IN ('azure','security') AND ((m.cycle_kind = 'current' AND m.status = 'UNDER_REVIEW') OR (m.cycle_kind = 'previous' AND m.status = 'DECIDED'))
       ) x WHERE (x.cycle_kind = 'current' AND x.rn <= ${demoQueue}) OR (x.cycle_kind = 'previous' AND x.rn <= ${Math.ceil(demoQueue / 5)})`,
      [demoReviewer, admin],
    );
    await q(
      'review scores',
      `INSERT INTO "ReviewScore" ("assignmentId", "criterionId", score)
       SELECT a.id, cr.id, least(cy.smax, greatest(cy.smin, round(cy.smin + (cy.smax - cy.smin) * (0.4 + 0.5 * random() + 0.1 * (abs(hashtext(a."reviewerId"::text)) % 3 - 1)))))::int
       FROM "ReviewAssignment" a JOIN "Submission" s ON s.id = a."submissionId" JOIN lg_cycle cy ON cy.id = s."cycleId"
       JOIN "ReviewCriterion" cr ON cr."cycleId" = s."cycleId"
       WHERE a.status = 'SUBMITTED' AND a.id BETWEEN ${lid(T.assignment, '0')} AND ${lid(T.assignment, '281474976710655')}`,
    );
    await q(
      'decisions',
      `INSERT INTO "Decision" (id, "submissionId", outcome, feedback, "decidedById", "decidedAt", "releasedAt", "releasedById")
       SELECT ${lid(T.decision, 'm.g')}, ${lid(T.submission, 'm.g')}, CASE WHEN m.g <= ${nMvp} THEN 'AWARD' ELSE 'NO_AWARD' END::"DecisionOutcome",
         CASE WHEN m.g <= ${nMvp} THEN 'Congratulations: broad, sustained impact.' ELSE 'Strong work; the committee looks for more reach across the year.' END,
         $1::uuid, cy.closed + interval '5 days', cy.closed + interval '10 days', $1::uuid
       FROM lg_nom m JOIN lg_cycle cy ON cy.id = m.cycle_id WHERE m.status = 'DECIDED'`,
      [admin],
    );
    await q(
      'awards',
      `INSERT INTO "Award" (id, "userId", "categoryId", "focusAreaId", "cycleId", "submissionId", "startsOn", "endsOn", "acceptedAt", "createdAt")
       SELECT ${lid(T.award, 'm.g')}, ${lid(T.user, 'm.g')}, c.id, c.fa[1 + m.g % array_length(c.fa, 1)], m.cycle_id, ${lid(T.submission, 'm.g')},
         cy.award_starts, (cy.award_starts + interval '1 year' - interval '1 day')::date, cy.award_starts + interval '2 days', cy.closed + interval '10 days'
       FROM lg_nom m JOIN lg_cat c ON c.idx = m.cat JOIN lg_cycle cy ON cy.id = m.cycle_id WHERE m.g <= ${nMvp}`,
    );

    // ── MCT: ISC providers and their staff, completions, certifications, applications, memberships ──
    await q(
      'isc providers',
      `INSERT INTO "IscProvider" (id, slug, name, "contactEmail", website, "approvedFrom", "approvedUntil", "createdAt", "updatedAt")
       SELECT ${lid(T.provider, 'k')}, 'large-isc-' || k, 'Large ISC Provider ' || k, 'isc@large-isc-' || k || '.example', 'https://large-isc-' || k || '.example',
         $1::date - 1500 + k * 30, $1::date + 200 + k * 20, now(), now() FROM generate_series(1, 10) k`,
      [today],
    );
    await client.query(
      `CREATE TEMP TABLE lg_provider ON COMMIT DROP AS
       SELECT 0 AS idx, id, $1::uuid AS staff FROM "IscProvider" WHERE slug = 'northwind-learning'
       UNION ALL SELECT 1, id, ${lid(T.user, `${staffBase} + 11`)} FROM "IscProvider" WHERE slug = 'contoso-instructional-skills'
       UNION ALL SELECT 1 + k, ${lid(T.provider, 'k')}, ${lid(T.user, `${staffBase} + k`)} FROM generate_series(1, 10) k`,
      [demoProviderStaff],
    );
    await q(
      'provider staff',
      `INSERT INTO "ProviderStaff" ("providerId", "userId", "addedById") SELECT id, staff, $1::uuid FROM lg_provider WHERE idx > 0`,
      [admin],
    );
    const provPick = pick([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], [15, 10, 12, 10, 9, 8, 8, 7, 7, 6, 4, 4], '::int[]');
    await client.query(
      `CREATE TEMP TABLE lg_mct ON COMMIT DROP AS
       SELECT m, ${lid(T.user, `${mctBase} + m`)} AS user_id, ${provPick} AS prov, y.years, y.status,
         CASE WHEN y.status = 'ACTIVE' THEN $1::date - (random() * 330)::int ELSE $1::date - 365 - (random() * 900)::int END AS last_start
       FROM generate_series(1, ${nMctAll}) m
       CROSS JOIN LATERAL (SELECT 1 + (power(random(), 1.5) * 5)::int AS years,
         CASE WHEN m > ${nMct} THEN NULL WHEN m = 1 THEN 'ACTIVE' ELSE ${pick(['ACTIVE', 'LAPSED', 'ALUMNI'], [13, 4, 3], '::text[]')} END AS status) y`,
      [today],
    );
    await q(
      'isc completions',
      `INSERT INTO "IscCompletion" (id, "providerId", "candidateName", "candidateEmail", "userId", "completedOn", "certificateId", "confirmedById", "confirmedAt")
       SELECT ${lid(T.completion, 'x.m')}, p.id, u.name, u.email, u.id, x.completed, 'LG-ISC-' || lpad(x.m::text, 6, '0'), p.staff, x.completed + interval '2 days'
       FROM (SELECT l.*, CASE WHEN l.status IS NULL THEN $1::date - 20 - (random() * 700)::int
               ELSE (l.last_start - make_interval(years => l.years - 1))::date - 30 - (random() * 200)::int END AS completed FROM lg_mct l) x
       JOIN lg_provider p ON p.idx = x.prov JOIN "User" u ON u.id = x.user_id`,
      [today],
    );
    await q(
      'certifications held',
      `INSERT INTO "CandidateCertification" (id, "userId", "certificationId", "credentialId", "earnedOn", "expiresOn")
       SELECT ${lid(T.cert, 'l.m')}, l.user_id, (SELECT array_agg(id ORDER BY code) FROM "Certification" WHERE "isEligible")[1 + l.m % 10],
         'LG-CRED-' || l.m, e.earned, e.earned + 365
       FROM lg_mct l CROSS JOIN LATERAL (SELECT $1::date - (random() * 300)::int AS earned) e`,
      [today],
    );
    await q(
      'mct applications',
      `INSERT INTO "MctApplication" (id, "candidateId", kind, channel, "providerId", "initiatedById", "iscCompletionId", "candidateCertificationId",
         status, "submittedAt", "decidedAt", "decidedById", "rejectionReason", "createdAt", "updatedAt")
       SELECT ${lid(T.application, 'x.m')}, x.user_id, CASE WHEN x.years > 3 AND x.m % 7 = 0 THEN 'REINSTATEMENT' ELSE 'NEW' END::"MctApplicationKind",
         x.channel::"EnrollmentChannel", CASE WHEN x.channel = 'PROVIDER' THEN p.id END, CASE WHEN x.channel = 'PROVIDER' THEN p.staff END,
         ${lid(T.completion, 'x.m')}, ${lid(T.cert, 'x.m')}, x.app_status::"MctApplicationStatus",
         CASE WHEN x.app_status <> 'AWAITING_CANDIDATE' THEN x.applied + interval '1 day' END,
         CASE WHEN x.app_status IN ('APPROVED','REJECTED') THEN x.applied + interval '6 days' END,
         CASE WHEN x.app_status IN ('APPROVED','REJECTED') THEN $1::uuid END,
         CASE WHEN x.app_status = 'REJECTED' THEN 'The certification on file is not an eligible associate or expert certification.' END,
         x.applied, x.applied
       FROM (SELECT l.*, CASE WHEN random() < 0.3 THEN 'PROVIDER' ELSE 'SELF_SERVICE' END AS channel,
               CASE WHEN l.m <= ${nApprovedApps} AND l.status IS NOT NULL THEN 'APPROVED'
                    ELSE ${pick(['SUBMITTED', 'AWAITING_CANDIDATE', 'REJECTED', 'WITHDRAWN', 'EXPIRED'], [6, 4, 5, 3, 2], '::text[]')} END AS app_status,
               CASE WHEN l.status IS NOT NULL THEN (l.last_start - make_interval(years => l.years - 1))::date - 7
                    ELSE $2::date - (random() * 120)::int END::timestamptz AS applied
             FROM lg_mct l WHERE l.m <= ${nApprovedApps} OR l.m > ${nMct}) x
       JOIN lg_provider p ON p.idx = x.prov`,
      [admin, today],
    );
    await q(
      'memberships',
      `INSERT INTO "MctMembership" (id, "userId", status, "memberSince", "alumniSince", "lapsedOn", "createdAt", "updatedAt")
       SELECT ${lid(T.membership, 'l.m')}, l.user_id, l.status::"MembershipStatus", (l.last_start - make_interval(years => l.years - 1))::date,
         CASE WHEN l.status = 'ALUMNI' THEN (l.last_start + interval '1 year')::date END,
         CASE WHEN l.status = 'LAPSED' THEN (l.last_start + interval '1 year')::date END,
         l.last_start - make_interval(years => l.years - 1), now()
       FROM lg_mct l WHERE l.status IS NOT NULL`,
    );
    await q(
      'membership terms',
      `INSERT INTO "MctMembershipTerm" (id, "membershipId", "startsOn", "endsOn", "applicationId", "createdAt")
       SELECT ${lid(T.term, 'l.m * 8 + k')}, ${lid(T.membership, 'l.m')}, (l.last_start - make_interval(years => l.years - 1 - k))::date,
         (l.last_start - make_interval(years => l.years - 2 - k) - interval '1 day')::date,
         CASE WHEN k = 0 AND l.m <= ${nApprovedApps} THEN ${lid(T.application, 'l.m')} END, l.last_start - make_interval(years => l.years - 1 - k)
       FROM lg_mct l CROSS JOIN generate_series(0, l.years - 1) k WHERE l.status IS NOT NULL`,
    );
    await q(
      'training deliveries',
      `INSERT INTO "TrainingDelivery" (id, "userId", "membershipId", "courseCode", "courseTitle", "startDate", "endDate", format, "studentCount", "trainingPartner", "satisfactionScore", "createdAt")
       SELECT ${lid(T.delivery, 'row_number() OVER ()')}, x.user_id, ${lid(T.membership, 'x.m')}, c.code, c.title, x.start, x.start + (random() * 4)::int,
         ${pick(['VIRTUAL', 'IN_PERSON', 'HYBRID'], [10, 7, 3], '::"DeliveryFormat"[]')}, 4 + (random() * 26)::int,
         (ARRAY['Contoso Learning','Fabrikam Training','Northwind Academy','Adatum Skills','Litware Education','Tailspin Training Partners'])[1 + x.m % 6],
         CASE WHEN random() < 0.8 THEN round((6.5 + random() * 2.5)::numeric, 2) END, x.start + interval '7 days'
       FROM (
         SELECT l.m, l.user_id, k,
           CASE WHEN l.status = 'ACTIVE' THEN $1::date - 3 - (random() * 720)::int ELSE (l.last_start + interval '1 year')::date - 3 - (random() * 700)::int END AS start
         FROM lg_mct l -- (l.m * 0 ties the count to the row: an uncorrelated function would be evaluated once for all)
         CROSS JOIN LATERAL generate_series(1, least(200, greatest(1, round(exp(ln(2.8) + 0.8 * sqrt(-2 * ln(1 - random())) * cos(2 * pi() * random())))))::int + l.m * 0) k
         WHERE l.status IN ('ACTIVE','LAPSED')
       ) x JOIN (VALUES (0,'AZ-104T00','Microsoft Azure Administrator'),(1,'AZ-204T00','Developing Solutions for Microsoft Azure'),
         (2,'AZ-305T00','Designing Microsoft Azure Infrastructure Solutions'),(3,'AI-102T00','Designing and Implementing an Azure AI Solution'),
         (4,'SC-300T00','Microsoft Identity and Access Administrator'),(5,'DP-600T00','Implementing Analytics Solutions Using Microsoft Fabric'),
         (6,'MS-102T00','Microsoft 365 Administrator'),(7,'PL-600T00','Power Platform Solution Architect')) c(i, code, title) ON c.i = (x.m + x.k) % 8`,
      [today],
    );
    // The member the benchmark signs in as to import a spreadsheet of deliveries.
    await q(
      'bench importer account',
      `UPDATE "User" SET email = $1, "passwordHash" = (SELECT "passwordHash" FROM "User" WHERE email = 'admin@demo.test') WHERE id = ${lid(T.user, `${mctBase} + 1`)}`,
      [BENCH_IMPORTER_EMAIL],
    );

    // ── Across the portal: the outbox's history and the audit log ──
    const templates = [
      'nomination.invited',
      'nomination.status-changed',
      'review.assigned',
      'review.overdue',
      'decision.released',
      'mct.application-submitted',
      'mct.renewal-reminder',
      'auth.sign-in-link',
    ];
    await q(
      'notifications',
      `INSERT INTO "Notification" (id, "userId", "toEmail", template, subject, "textBody", "htmlBody", urgency, status, attempts, "createdAt", "sentAt", "updatedAt")
       SELECT ${lid(T.notification, 'x.k')}, u.id, u.email, x.template, 'Community Programs: ' || replace(x.template, '.', ' '), 'Hello, there is news about your program.',
         '<p>Hello, there is news about your program.</p>', CASE WHEN x.template IN ('auth.sign-in-link','nomination.invited') THEN 'IMMEDIATE' ELSE 'DIGESTIBLE' END::"NotificationUrgency",
         CASE WHEN x.r < 0.95 THEN 'SENT' WHEN x.r < 0.97 THEN 'DIGESTED' WHEN x.r < 0.99 THEN 'SUPPRESSED' ELSE 'FAILED' END::"NotificationStatus",
         1, x.at, CASE WHEN x.r < 0.95 THEN x.at + interval '20 seconds' END, x.at
       FROM (SELECT k, 1 + (power(random(), 2) * ${nUsers - 1})::int AS g, ${pick(templates, [3, 4, 3, 2, 2, 2, 3, 5], '::text[]')} AS template, random() AS r,
               now() - (power(random(), 1.4) * interval '730 days') AS at FROM generate_series(1, ${n(100000, 200)}) k) x
       JOIN "User" u ON u.id = ${lid(T.user, 'x.g')}`,
    );
    const actions: [string, string, number][] = [
      ['evidence.created', 'EvidenceItem', 30],
      ['evidence.updated', 'EvidenceItem', 14],
      ['evidence.imported', 'ImportBatch', 2],
      ['nomination.created', 'Nomination', 6],
      ['nomination.submitted', 'Nomination', 4],
      ['nomination.under-review', 'Nomination', 3],
      ['review.assigned', 'ReviewAssignment', 8],
      ['review.draft-saved', 'ReviewAssignment', 10],
      ['review.submitted', 'ReviewAssignment', 6],
      ['decision.recorded', 'Decision', 2],
      ['mct_application.submitted', 'MctApplication', 3],
      ['mct_application.approved', 'MctApplication', 2],
      ['training_delivery.added', 'TrainingDelivery', 6],
      ['mct_membership.renewed', 'MctMembership', 2],
      ['isc_completion.confirmed', 'IscCompletion', 3],
      ['profile.updated', 'User', 3],
      ['role.granted', 'UserRole', 1],
    ];
    await client.query(
      `CREATE TEMP TABLE lg_action ON COMMIT DROP AS SELECT * FROM (VALUES ${actions.map(([a, e], i) => `(${i}, '${a}', '${e}')`).join(',')}) v(idx, action, entity)`,
    );
    await q(
      'audit events',
      `INSERT INTO "AuditEvent" (at, "actorId", "actorLabel", action, "entityType", "entityId", before, after, "requestIp")
       SELECT x.at, u.id, u.email, a.action, a.entity, ${lid(T.evidence, 'x.k')}::text,
         CASE WHEN a.action LIKE '%.updated' OR a.action LIKE '%.submitted' THEN jsonb_build_object('status', 'DRAFT', 'version', x.k % 5) END,
         jsonb_build_object('status', 'SAVED', 'version', x.k % 5 + 1), '203.0.113.' || (x.k % 250)
       FROM (SELECT k, 1 + (power(random(), 1.8) * ${nUsers - 1})::int AS g,
               ${pick(
                 actions.map((_, i) => i),
                 actions.map(([, , w]) => w),
                 '::int[]',
               )} AS ai,
               now() - (power(random(), 1.3) * interval '1460 days') AS at FROM generate_series(1, ${n(500000, 1000)}) k) x
       JOIN lg_action a ON a.idx = x.ai JOIN "User" u ON u.id = ${lid(T.user, 'x.g')}`,
    );
    const counts = await countRows(client);
    await client.query(
      `INSERT INTO "AuditEvent" ("actorLabel", action, "entityType", "entityId", after) VALUES ('system', $1, 'Dataset', 'large', $2)`,
      [LARGE_DATASET_MARKER, JSON.stringify({ scale: s, today, counts })],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
  const t = Date.now();
  await client.query('ANALYZE');
  log(`analyze: ${((Date.now() - t) / 1000).toFixed(1)} s`);
  // The reach percentiles of the new evidence and submissions (lib/evidence/reach-queries.ts).
  const refreshed = Date.now();
  await client.query('REFRESH MATERIALIZED VIEW CONCURRENTLY "ReachPercentile"');
  log(`reach percentiles: ${((Date.now() - refreshed) / 1000).toFixed(1)} s`);
  return { loaded: true, seconds: (Date.now() - started) / 1000, counts: await countRows(client) };
}
