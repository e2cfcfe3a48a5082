// Why objects stay alive: for a few of the newest live objects of one group (a constructor name as
// scripts/heap-diff.ts prints it, e.g. ServerResponse) in a V8 heap snapshot, the shortest chain of
// strong references from the GC roots to it, as DevTools' "Retainers" shows it.
//
//   node --max-old-space-size=4096 --import tsx scripts/heap-retainers.ts after.heapsnapshot ServerResponse [--count 3]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { numberArray, snapshotMeta, snapshotStrings } from './heap-diff';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { count: { type: 'string', default: '3' } } });
const [file, group] = positionals;
if (!file || !group) throw new Error('usage: heap-retainers.ts file.heapsnapshot GroupName [--count N]');
const buf = readFileSync(file);
const meta = snapshotMeta(buf);
const nodeFields = meta.node_fields;
const edgeFields = meta.edge_fields;
const nodeTypes = meta.node_types[0];
const edgeTypes = meta.edge_types[0];
const N = nodeFields.length;
const E = edgeFields.length;
const [nType, nName, nId, nEdges] = ['type', 'name', 'id', 'edge_count'].map((f) => nodeFields.indexOf(f)) as [
  number,
  number,
  number,
  number,
];
const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => edgeFields.indexOf(f)) as [number, number, number];
const nodes = numberArray(buf, 'nodes').values;
const edges = numberArray(buf, 'edges').values;
const strings = snapshotStrings(buf);
const count = nodes.length / N;

// The first edge of each node, and the retainers of each node (reverse edges), as flat arrays.
const firstEdge = new Int32Array(count + 1);
for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i]! + nodes[i * N + nEdges]! * E;
const weak = edgeTypes.indexOf('weak');
// A WeakMap's table holds each value by an edge named "part of key … -> value … pair": the value lives
// only while its key does, so the path goes through the key (which has an edge to the value) instead.
const ephemeron = (e: number) => / part of key /.test(strings[edges[e + eName]!] ?? '') && edgeTypes[edges[e + eType]!] === 'internal';
const strong = (e: number) => edges[e + eType] !== weak && !ephemeron(e);
const inDegree = new Int32Array(count + 1);
for (let e = 0; e < edges.length; e += E) inDegree[edges[e + eTo]! / N + 1]!++;
for (let i = 0; i < count; i++) inDegree[i + 1]! += inDegree[i]!;
const retainerEdge = new Int32Array(edges.length / E);
const retainerNode = new Int32Array(edges.length / E);
const fill = inDegree.slice();
for (let i = 0; i < count; i++)
  for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += E) {
    const to = edges[e + eTo]! / N;
    retainerEdge[fill[to]!] = e;
    retainerNode[fill[to]!++] = i;
  }

// Distance from the root (node 0) along strong edges.
const distance = new Int32Array(count).fill(-1);
distance[0] = 0;
const queue = new Int32Array(count);
let head = 0;
let tail = 1;
while (head < tail) {
  const i = queue[head++]!;
  for (let e = firstEdge[i]!; e < firstEdge[i + 1]!; e += E) {
    if (!strong(e)) continue;
    const to = edges[e + eTo]! / N;
    if (distance[to] === -1) {
      distance[to] = distance[i]! + 1;
      queue[tail++] = to;
    }
  }
}

const nameOf = (i: number) => `${nodeTypes[nodes[i * N + nType]!]} ${strings[nodes[i * N + nName]!]?.slice(0, 60)} @${nodes[i * N + nId]}`;
const edgeName = (e: number) => {
  const type = edgeTypes[edges[e + eType]!];
  return type === 'element' || type === 'hidden' ? `[${edges[e + eName]}]` : `.${strings[edges[e + eName]!]}`;
};
const matches: number[] = [];
for (let i = 0; i < count; i++)
  if (nodeTypes[nodes[i * N + nType]!] === 'object' && strings[nodes[i * N + nName]!] === group) matches.push(i);
console.log(`${matches.length} live ${group}; ${Number(values.count)} newest:`);
for (const start of matches.sort((a, b) => nodes[b * N + nId]! - nodes[a * N + nId]!).slice(0, Number(values.count))) {
  const chain: string[] = [nameOf(start)];
  let cur = start;
  while (distance[cur]! > 0 && chain.length < 40) {
    let next = -1;
    for (let r = inDegree[cur]!; r < inDegree[cur + 1]!; r++) {
      const e = retainerEdge[r]!;
      if (strong(e) && distance[retainerNode[r]!] === distance[cur]! - 1) {
        next = r;
        break;
      }
    }
    if (next < 0) break;
    chain.push(`${edgeName(retainerEdge[next]!)} of ${nameOf(retainerNode[next]!)}`);
    cur = retainerNode[next]!;
  }
  console.log(`\n${chain.map((c, i) => `${'  '.repeat(Math.min(i, 20))}${c}`).join('\n')}`);
}
