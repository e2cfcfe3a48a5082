/**
 * Offline replacement for `prisma migrate diff --script`.
 *
 * The Prisma 7 CLI spawns a native `schema-engine` binary that it downloads on
 * first use, which is impossible without internet. `@prisma/schema-engine-wasm`
 * is the same engine compiled to WebAssembly (same commit as prisma 7.10.0);
 * instead of opening its own connections it talks to Postgres through a
 * Prisma driver adapter (`@prisma/adapter-pg`), so nothing needs downloading.
 */
import { randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

import { PrismaPg } from '@prisma/adapter-pg';
import {
  bindMigrationAwareSqlAdapterFactory,
  ColumnTypeEnum,
  mockAdapter,
  type ErrorRegistry,
  type SqlMigrationAwareDriverAdapterFactory,
  type SqlQuery,
  type SqlResultSet,
} from '@prisma/driver-adapter-utils';
import type { DiffTarget, MigrationList, SchemaEngine } from '@prisma/schema-engine-wasm';
import pg from 'pg';

export type DiffFrom = 'empty' | { url: string } | { migrationsDir: string; shadowUrl: string };

export type DiffOptions = {
  /** The starting point: nothing, a live database, or a migrations folder replayed on a shadow database. */
  from: DiffFrom;
  /** Path to the Prisma schema describing the desired end state. */
  schemaPath: string;
};

// The wasm panic hook reports the Rust panic text here (the generated glue calls
// `global.PRISMA_WASM_PANIC_REGISTRY.set_message`); without it a panic surfaces
// as a bare `RuntimeError: unreachable` and the glue itself throws a TypeError.
const panicRegistry = {
  message: '',
  set_message(msg: string) {
    this.message = msg;
  },
};
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = panicRegistry;

type SchemaEngineClass = typeof SchemaEngine;
let engineClass: Promise<SchemaEngineClass> | undefined;

/**
 * The package entry (`schema_engine.js`) does `import * as wasm from "./x.wasm"`,
 * which Node 20 only supports behind --experimental-wasm-modules. So, like
 * Prisma's own loader, we import the JS glue (`schema_engine_bg`) and
 * instantiate the .wasm ourselves. Done once per process: wasm-bindgen keeps
 * module-level state and breaks if instantiated twice.
 */
function loadEngineClass(): Promise<SchemaEngineClass> {
  engineClass ??= (async () => {
    const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
    const require = createRequire(import.meta.url);
    const wasmPath = path.join(path.dirname(require.resolve('@prisma/schema-engine-wasm/schema_engine_bg')), 'schema_engine_bg.wasm');
    const wasmModule = new WebAssembly.Module(await readFile(wasmPath));
    const instance = new WebAssembly.Instance(wasmModule, { './schema_engine_bg.js': glue });
    glue.__wbg_set_wasm(instance.exports);
    (instance.exports.__wbindgen_start as () => void)();
    return glue.SchemaEngine;
  })();
  return engineClass;
}

/** Reads a migrations folder into the shape the engine expects (mirrors what the Prisma CLI does). */
export async function readMigrationsList(migrationsDir: string): Promise<MigrationList> {
  const baseDir = path.resolve(migrationsDir);
  const lockPath = 'migration_lock.toml';
  const lockContent = await readFile(path.join(baseDir, lockPath), 'utf8').catch(() => null);
  const entries = await readdir(baseDir, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name);
  // Lexical order == chronological order thanks to the timestamp prefix; same as `migrate deploy`.
  dirs.sort((a, b) => a.localeCompare(b));
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: 'migration.sql',
        content: await readFile(path.join(baseDir, dir, 'migration.sql'), 'utf8').then(
          (value) => ({ tag: 'ok' as const, value }),
          (err: Error) => ({ tag: 'error' as const, value: err.message }),
        ),
      },
    })),
  );
  return {
    baseDir,
    lockfile: { path: lockPath, content: lockContent },
    shadowDbInitScript: '',
    migrationDirectories,
  };
}

/**
 * `SchemaEngine.new` always builds a Postgres connector, and that connector
 * probes the server once (schema exists? version?) before doing anything. A
 * diff from `empty` to a datamodel never looks at the database (the SQL
 * dialect comes from the schema's provider), so we answer just that probe and
 * let every other call reject: generating the init migration needs no server.
 */
function offlineAdapterFactory(): SqlMigrationAwareDriverAdapterFactory {
  const connect = async () => {
    // Prisma's own mock adapter: every method rejects with "Not implemented".
    const adapter = mockAdapter('postgres');
    const queryRaw = adapter.queryRaw.bind(adapter);
    adapter.queryRaw = async (query: SqlQuery): Promise<SqlResultSet> => {
      if (!query.sql.includes('server_version_num')) return queryRaw(query);
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 17.0 (offline stub)', 170000]],
      };
    };
    adapter.dispose = async () => {};
    adapter.getConnectionInfo = () => ({ supportsRelationJoins: true });
    return adapter;
  };
  return { provider: 'postgres', adapterName: 'offline-stub', connect, connectToShadowDb: connect };
}

const PG_CHAR_OID = 18; // Postgres' internal one-byte "char" (pg_class.relkind, pg_constraint.contype, ...)
const PG_TEXT_OID = 25;

/**
 * The engine's catalog queries return `"char"` columns, which adapter-pg 7.10
 * rejects ("Column type 'char' could not be deserialized from the database").
 * pg already parses them as strings, so relabelling the column as text is
 * enough. Patched per connection (pool 'connect' event) so that only the pools
 * created here are affected, whichever of pg's callback/promise forms is used.
 */
function reportCharAsText(client: pg.ClientBase): void {
  const fix = (res: unknown) => {
    for (const r of (Array.isArray(res) ? res : [res]) as Array<{
      fields?: { dataTypeID: number }[];
    }>) {
      for (const f of r?.fields ?? []) if (f.dataTypeID === PG_CHAR_OID) f.dataTypeID = PG_TEXT_OID;
      hideCheckConstraints(r);
    }
    return res;
  };
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  (client as { query: unknown }).query = (...args: unknown[]) => {
    const cb = args.findIndex((a) => typeof a === 'function');
    if (cb >= 0) {
      const done = args[cb] as (err: unknown, res: unknown) => void;
      args[cb] = (err: unknown, res: unknown) => done(err, err ? res : fix(res));
      return query(...args);
    }
    const out = query(...args);
    return out instanceof Promise ? out.then(fix) : out;
  };
}

/**
 * Check constraints are written by hand in migrations (Prisma's schema language has none), and the
 * wasm engine 7.10 aborts ("RuntimeError: unreachable") when its constraint query returns one. The
 * native engine never diffs them either, so the describer is simply not shown them.
 */
function hideCheckConstraints(result: unknown): void {
  const r = result as { fields?: { name: string }[]; rows?: unknown[] } | undefined;
  const column = r?.fields?.findIndex((f) => f.name === 'constraint_type') ?? -1;
  if (!r?.rows || column < 0) return;
  const name = r.fields![column]!.name;
  r.rows = r.rows.filter((row) => {
    const value = Array.isArray(row) ? row[column] : (row as Record<string, unknown>)[name];
    return value !== 'c';
  });
  (r as { rowCount?: number }).rowCount = r.rows.length;
}

/**
 * A driver adapter factory like `new PrismaPg(url)`, with two fixes:
 * - the "char" workaround above;
 * - PrismaPg's own `connectToShadowDb` builds the shadow pool as
 *   `{ ...config, database }`, but pg lets `connectionString` override
 *   `database`, so with a URL config the "shadow" pool silently connects to the
 *   real database. We point the shadow pool at the new database via its URL.
 * Also owns every pool it creates so `close()` can end them (an idle pg pool
 * keeps Node alive) and drop shadow databases the engine failed to dispose.
 */
function pgAdapterFactory(url: string) {
  const pools = new Set<pg.Pool>();
  const shadowDbs = new Set<string>();
  const newPool = (connectionString: string) => {
    const pool = new pg.Pool({ connectionString });
    pool.on('connect', reportCharAsText);
    pools.add(pool);
    return pool;
  };
  const mainPool = newPool(url);
  const dropDb = async (name: string) => {
    await mainPool.query(`DROP DATABASE IF EXISTS "${name}"`);
    shadowDbs.delete(name);
  };

  return {
    provider: 'postgres' as const,
    adapterName: '@prisma/adapter-pg',
    // PrismaPg does not end an external pool on dispose; close() does.
    connect: () => new PrismaPg(mainPool).connect(),
    async connectToShadowDb() {
      const name = `prisma_migrate_shadow_db_${randomUUID().replaceAll('-', '_')}`;
      await mainPool.query(`CREATE DATABASE "${name}"`);
      shadowDbs.add(name);
      const shadowUrl = new URL(url);
      shadowUrl.pathname = `/${name}`;
      const shadowPool = newPool(shadowUrl.toString());
      const adapter = await new PrismaPg(shadowPool).connect();
      adapter.dispose = async () => {
        // The pool must be gone before Postgres lets us drop its database.
        await shadowPool.end();
        pools.delete(shadowPool);
        await dropDb(name);
      };
      return adapter;
    },
    async close() {
      for (const pool of pools) if (pool !== mainPool) await pool.end();
      for (const name of shadowDbs) await dropDb(name);
      await mainPool.end();
    },
  };
}

/**
 * Returns the SQL script that migrates `from` to the datamodel in `schemaPath`
 * (the equivalent of `prisma migrate diff --script`). When both sides agree the
 * engine returns a comment-only script; test that with `isEmptyDiff`.
 */
export async function diffSql(opts: DiffOptions): Promise<string> {
  const schemaPath = path.resolve(opts.schemaPath);
  const schemaFile = { path: schemaPath, content: await readFile(schemaPath, 'utf8') };
  const to: DiffTarget = { tag: 'schemaDatamodel', files: [schemaFile] };

  // The engine connects through the adapter in `SchemaEngine.new`, even when
  // no database is involved (hence the offline stub for `empty`).
  let factory: SqlMigrationAwareDriverAdapterFactory & { close?: () => Promise<void> };
  let from: DiffTarget;
  if (opts.from === 'empty') {
    factory = offlineAdapterFactory();
    from = { tag: 'empty' };
  } else if ('url' in opts.from) {
    factory = pgAdapterFactory(opts.from.url);
    // The `url` DiffTarget is rejected by the engine ("--from-url ... no longer
    // supported"); `schemaDatasource` means "introspect the adapter's database".
    // The schema content is only read for namespaces/preview features.
    from = { tag: 'schemaDatasource', files: [schemaFile], configDir: path.dirname(schemaPath) };
  } else {
    // Migrations are replayed on a throwaway database created via
    // `connectToShadowDb` on the server of `shadowUrl`. Needs CREATEDB.
    factory = pgAdapterFactory(opts.from.shadowUrl);
    from = { tag: 'migrations', ...(await readMigrationsList(opts.from.migrationsDir)) };
  }

  // Adapter failures reach us only as "External error id#N"; the real error
  // (e.g. "password authentication failed") sits in the bound factory's registry.
  const bound = bindMigrationAwareSqlAdapterFactory(factory);
  const SchemaEngineClass = await loadEngineClass();
  // Engine logs are JSON tracing lines; only useful when debugging the engine itself.
  const log = process.env.SCHEMA_ENGINE_DEBUG ? (line: string) => console.error('[schema-engine]', line) : () => {};
  let engine: SchemaEngine | undefined;
  try {
    engine = await SchemaEngineClass.new(
      { datamodels: [[schemaFile.path, schemaFile.content]] },
      log,
      // The wasm side expects the error-capturing (Result-returning) interface, not the raw factory.
      bound,
    );
    const result = await engine.diff({
      from,
      to,
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.stdout ?? '';
  } catch (err) {
    throw describeEngineError(err, bound.errorRegistry);
  } finally {
    engine?.free();
    await factory.close?.();
  }
}

/** True when a script from `diffSql` contains no statements (only comments/whitespace). */
export function isEmptyDiff(sql: string): boolean {
  return sql
    .split('\n')
    .map((line) => line.replace(/--.*$/, '').trim())
    .every((line) => line === '');
}

/** Engine errors are plain objects, registry references or wasm traps; turn them into readable Errors. */
function describeEngineError(err: unknown, registry: ErrorRegistry): Error {
  if (err instanceof WebAssembly.RuntimeError) {
    // After a panic the wasm instance is unusable; callers should exit.
    return new Error(`schema engine panicked: ${panicRegistry.message || err.message}`);
  }
  const e = err as { code?: string; message?: string };
  const external = /External error id#(\d+)/.exec(e?.message ?? '');
  const cause = external ? registry.consumeError(Number(external[1]))?.error : undefined;
  if (cause)
    return new Error(`database adapter error: ${(cause as Error).message ?? String(cause)}`, {
      cause,
    });
  if (err instanceof Error) return err;
  return new Error(e?.message ? `${e.code ? `${e.code}: ` : ''}${e.message}` : String(err));
}
