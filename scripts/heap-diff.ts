// Compares two V8 heap snapshots (.heapsnapshot, e.g. from `npm run bench -- --mixed 600 --heap-snapshots DIR`):
// totals the self size and count of live objects by constructor (objects) or kind (strings, arrays,
// closures, compiled code, system), and prints the largest growths from the first to the second.
//
//   node --import tsx scripts/heap-diff.ts before.heapsnapshot after.heapsnapshot [--top 25]
//
// The file is read as bytes and only the node table is parsed (a snapshot of a few hundred MB of heap
// is larger than the longest string JSON.parse accepts); the edges are skipped.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

export type HeapGroup = { key: string; count: number; bytes: number };

/** The JSON array of numbers that starts after `"<name>":[` in the snapshot, as numbers. */
export function numberArray(buf: Buffer, name: string): { values: number[]; end: number } {
  const start = buf.indexOf(`"${name}":[`);
  if (start < 0) throw new Error(`no "${name}" array in the snapshot`);
  const values: number[] = [];
  let n = 0;
  let inNumber = false;
  for (let i = start + name.length + 4; i < buf.length; i++) {
    const c = buf[i]!;
    if (c >= 48 && c <= 57) {
      n = n * 10 + (c - 48);
      inNumber = true;
    } else {
      if (inNumber) values.push(n);
      n = 0;
      inNumber = false;
      if (c === 93) return { values, end: i }; // ]
    }
  }
  throw new Error(`"${name}" array not closed`);
}

/** The group an object counts in, as Chrome DevTools' "Summary" names it. */
function groupOf(type: string, name: string): string {
  switch (type) {
    case 'object':
    case 'native':
      return name;
    case 'closure':
      return '(closure)';
    case 'string':
    case 'concatenated string':
    case 'sliced string':
      return '(string)';
    case 'array':
      return '(array)';
    case 'code':
      return '(compiled code)';
    case 'number':
    case 'heap number':
      return '(number)';
    case 'regexp':
      return '(regexp)';
    default:
      return '(system)';
  }
}

export type SnapshotMeta = {
  node_fields: string[];
  node_types: [string[], ...unknown[]];
  edge_fields: string[];
  edge_types: [string[], ...unknown[]];
};

/** The snapshot's description of its node and edge tables. */
export function snapshotMeta(buf: Buffer): SnapshotMeta {
  const metaEnd = buf.indexOf('"nodes":[');
  const head = buf.subarray(buf.indexOf('{'), metaEnd).toString('utf8').replace(/,\s*$/, '');
  return (JSON.parse(`${head}}`) as { snapshot: { meta: SnapshotMeta } }).snapshot.meta;
}

/** The snapshot's string table (names of constructors, properties, and strings' contents). */
export function snapshotStrings(buf: Buffer): string[] {
  const start = buf.lastIndexOf('"strings":[');
  return JSON.parse(buf.subarray(start + 10, buf.lastIndexOf(']') + 1).toString('utf8')) as string[];
}

/** Live objects of one snapshot, by group: count and total self size. */
export function summarizeHeapSnapshot(buf: Buffer): Map<string, HeapGroup> {
  const meta = snapshotMeta(buf);
  const fields = meta.node_fields;
  const types = meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f)) as [number, number, number];
  const { values: nodes } = numberArray(buf, 'nodes');
  const strings = snapshotStrings(buf);
  const groups = new Map<string, HeapGroup>();
  for (let i = 0; i < nodes.length; i += fields.length) {
    const type = types[nodes[i + typeAt]!] ?? 'hidden';
    if (type === 'synthetic') continue;
    const key = groupOf(type, strings[nodes[i + nameAt]!] ?? '');
    const g = groups.get(key) ?? groups.set(key, { key, count: 0, bytes: 0 }).get(key)!;
    g.count++;
    g.bytes += nodes[i + sizeAt]!;
  }
  return groups;
}

export type HeapGrowth = HeapGroup & { countBefore: number; bytesBefore: number; growth: number };

/** Groups ordered by how much their self size grew from `before` to `after` (largest first). */
export function heapGrowth(before: Map<string, HeapGroup>, after: Map<string, HeapGroup>): HeapGrowth[] {
  const keys = new Set([...before.keys(), ...after.keys()]);
  return [...keys]
    .map((key) => {
      const a = after.get(key) ?? { key, count: 0, bytes: 0 };
      const b = before.get(key) ?? { key, count: 0, bytes: 0 };
      return { ...a, countBefore: b.count, bytesBefore: b.bytes, growth: a.bytes - b.bytes };
    })
    .sort((x, y) => y.growth - x.growth);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  if (positionals.length !== 2) throw new Error('usage: heap-diff.ts before.heapsnapshot after.heapsnapshot [--top N]');
  const [before, after] = positionals.map((f) => summarizeHeapSnapshot(readFileSync(f)));
  const total = (m: Map<string, HeapGroup>) => [...m.values()].reduce((s, g) => s + g.bytes, 0);
  const mb = (b: number) => Math.round(b / 1e4) / 100;
  console.log(`live heap (self sizes): ${mb(total(before!))} MB → ${mb(total(after!))} MB`);
  console.table(
    heapGrowth(before!, after!)
      .slice(0, Number(values.top))
      .map((g) => ({
        group: g.key.slice(0, 60),
        'MB before': mb(g.bytesBefore),
        'MB after': mb(g.bytes),
        'growth MB': mb(g.growth),
        'count before': g.countBefore,
        'count after': g.count,
      })),
  );
}
