// The list of a person's records must match the schema: a relation to User added to
// prisma/schema.prisma and not to lib/people/user-records.ts would be missed by the export, the
// erasure and the merge, so this test fails until it is listed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NON_PERSONAL_EMAIL_COLUMNS, USER_EMAIL_COLUMNS, USER_RELATIONS, sqlIdent } from './user-records';

type Field = { model: string; name: string; type: string; attributes: string };

/** The fields of every model of the schema, read from its text (one field per line). */
function schemaFields(): Field[] {
  const text = readFileSync(path.join(import.meta.dirname, '../../prisma/schema.prisma'), 'utf8');
  const fields: Field[] = [];
  for (const block of text.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    const [, model, body] = block;
    for (const line of body!.split('\n')) {
      const m = /^\s*(\w+)\s+(\w+)(\[\]|\?)?\s*(.*)$/.exec(line);
      if (!m || line.trim().startsWith('//') || line.trim().startsWith('@@')) continue;
      fields.push({ model: model!, name: m[1]!, type: m[2]!, attributes: m[4] ?? '' });
    }
  }
  return fields;
}

const fields = schemaFields();

/** Every (model, column) that holds a User id through a foreign key, with User's field for it. */
function relationsToUser(): { model: string; column: string; relationName: string | null }[] {
  return fields
    .filter((f) => f.type === 'User' && /fields:\s*\[/.test(f.attributes))
    .map((f) => ({
      model: f.model,
      column: /fields:\s*\[(\w+)\]/.exec(f.attributes)![1]!,
      relationName: /@relation\("([^"]+)"/.exec(f.attributes)?.[1] ?? null,
    }));
}

describe('USER_RELATIONS', () => {
  it('reads the schema (the parser itself works)', () => {
    expect(relationsToUser().length).toBeGreaterThan(30);
    expect(relationsToUser()).toContainEqual({ model: 'Nomination', column: 'nominatorId', relationName: 'Nominator' });
  });

  it('lists every foreign key to User in the schema, and nothing else', () => {
    const inSchema = relationsToUser()
      .map((r) => `${r.model}.${r.column}`)
      .sort();
    const listed = USER_RELATIONS.map((r) => `${r.model}.${r.column}`).sort();
    expect(listed).toEqual(inSchema);
  });

  it('names each relation as User’s field of that name, of that model', () => {
    const models = new Set(fields.map((f) => f.model));
    // mergedInto is the self-relation's own column on User (USER_SELF_COLUMNS), not a relation of others.
    const relationFieldsOfUser = fields.filter((f) => f.model === 'User' && models.has(f.type) && f.name !== 'mergedInto');
    for (const f of relationFieldsOfUser) {
      const listed = USER_RELATIONS.find((r) => r.relation === f.name);
      expect(listed, `User.${f.name} is not in USER_RELATIONS`).toBeDefined();
      expect(listed!.model).toBe(f.type);
    }
    expect(USER_RELATIONS).toHaveLength(relationFieldsOfUser.length);
  });

  it('gives every relation an export key or a reason to leave it out, and merge keys that are columns', () => {
    for (const r of USER_RELATIONS) {
      const columns = new Set(fields.filter((f) => f.model === r.model).map((f) => f.name));
      expect(columns.has(r.column)).toBe(true);
      if (r.merge.kind === 'union' || r.merge.kind === 'refuse-on-clash') {
        for (const k of r.merge.key) expect(columns.has(k), `${r.model}.${k}`).toBe(true);
      }
    }
    const keys = USER_RELATIONS.flatMap((r) => ('key' in r.exportAs ? [r.exportAs.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('USER_EMAIL_COLUMNS', () => {
  it('covers every column of the schema that holds an email address, except User’s own', () => {
    const emailColumns = fields
      .filter((f) => f.type === 'String' && /email|identifier/i.test(f.name) && f.model !== 'User')
      .map((f) => `${f.model}.${f.name}`)
      .sort();
    const listed = [...USER_EMAIL_COLUMNS, ...NON_PERSONAL_EMAIL_COLUMNS].map((c) => `${c.model}.${c.column}`).sort();
    expect(listed).toEqual(emailColumns);
  });
});

describe('sqlIdent', () => {
  it('quotes names and refuses anything that is not one', () => {
    expect(sqlIdent('UserRole')).toBe('"UserRole"');
    expect(() => sqlIdent('x"; DROP TABLE "User')).toThrow();
  });
});
