import { cpSync, mkdtempSync, rmSync, appendFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_DIR, readMigrations } from '@/scripts/db/migrate-runner';
import { diffSql, isEmptyDiff } from '@/scripts/db/schema-engine';
import { createScratchDatabase, sql, type ScratchDatabase } from '@/tests/support/db';

const SCHEMA = 'prisma/schema.prisma';

describe('migrations on an empty database', () => {
  let db: ScratchDatabase;
  const onDisk = readMigrations().map((m) => m.name);

  beforeAll(async () => {
    db = await createScratchDatabase();
  });
  afterAll(async () => {
    await db?.drop();
  });

  it('has migrations to apply', () => {
    expect(onDisk.length).toBeGreaterThan(0);
  });

  it('applies every migration and records each as finished in _prisma_migrations', async () => {
    const result = await migrate(db.url);
    expect(result).toEqual({ applied: onDisk, alreadyApplied: [] });

    const rows = await sql<{ migration_name: string; finished_at: Date | null; rolled_back_at: Date | null; applied_steps_count: number }>(
      db.url,
      'SELECT migration_name, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    expect(rows.map((r) => r.migration_name)).toEqual(onDisk);
    for (const row of rows) {
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.rolled_back_at).toBeNull();
      expect(row.applied_steps_count).toBe(1);
    }
    const tables = await sql<{ table_name: string }>(
      db.url,
      "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
    );
    expect(tables.map((t) => t.table_name)).toEqual(
      expect.arrayContaining(['User', 'Nomination', 'AuditEvent', 'Notification', 'MctMembership']),
    );
  });

  it('applies nothing the second time', async () => {
    const result = await migrate(db.url);
    expect(result).toEqual({ applied: [], alreadyApplied: onDisk });
    const [count] = await sql<{ n: number }>(db.url, 'SELECT count(*)::int AS n FROM "_prisma_migrations"');
    expect(count?.n).toBe(onDisk.length);
  });

  it('leaves the database exactly as prisma/schema.prisma describes it (no drift)', async () => {
    const script = await diffSql({ from: { url: db.url }, schemaPath: SCHEMA });
    expect(isEmptyDiff(script), `unexpected drift:\n${script}`).toBe(true);
  });

  it('reports drift once the database has a column the schema does not', async () => {
    await sql(db.url, 'ALTER TABLE "User" ADD COLUMN extra text');
    const script = await diffSql({ from: { url: db.url }, schemaPath: SCHEMA });
    expect(isEmptyDiff(script)).toBe(false);
    expect(script).toMatch(/"User"/);
    expect(script).toMatch(/DROP COLUMN "extra"/);
  });
});

describe('a migration edited after it was applied', () => {
  let db: ScratchDatabase;
  let dir: string;

  beforeAll(async () => {
    db = await createScratchDatabase();
    dir = mkdtempSync(path.join(os.tmpdir(), 'portal-migrations-'));
    cpSync(MIGRATIONS_DIR, dir, { recursive: true });
  });
  afterAll(async () => {
    await db?.drop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('is refused, so nobody believes the database has the edited schema', async () => {
    await migrate(db.url, { dir });
    const first = readMigrations(dir)[0]!;
    appendFileSync(path.join(dir, first.name, 'migration.sql'), '\n-- edited afterwards\n');
    await expect(migrate(db.url, { dir })).rejects.toThrow(`Migration ${first.name} was edited after it was applied.`);
  });
});
