// A small Overpass QL evaluator for the statements the import generates, so a test can run the
// live query's text over a real extract as Overpass would: `nwr|node|way|relation` with tag
// filters `["k"]`, `["k"="v"]`, `["k"!="v"]`, `["k"~"re"]`, `["k"!~"re"]`, a union of them,
// then `out body; >; out skel qt;` (the matches, then the ways and nodes they are built from;
// `>` does not descend into member relations).
// Written from the Overpass QL guide, not from src/domain/osm/layers.ts, on purpose.
import type { OverpassElement, OverpassJson } from '../../src/domain/osm/osm-types';

const STATEMENT = /^\s*(nwr|node|way|relation)((?:\["[^"]*"(?:(?:=|!=|~|!~)"[^"]*")?\])+)\([^)]*\);\s*$/;
const FILTER = /\["([^"]+)"(?:(=|!=|~|!~)"([^"]*)")?\]/g;

type Test = (tags: Record<string, string>) => boolean;

function filterOf(key: string, op: string | undefined, value: string | undefined): Test {
  if (!op) return (t) => key in t;
  if (op === '=') return (t) => t[key] === value;
  if (op === '!=') return (t) => t[key] !== value;
  const re = new RegExp(value!);
  if (op === '~') return (t) => t[key] !== undefined && re.test(t[key]);
  return (t) => t[key] === undefined || !re.test(t[key]);
}

function parseStatements(query: string): { on: string; tests: Test[] }[] {
  const body = /\(\n([\s\S]*?)\n\);\nout body;/.exec(query);
  if (!body) throw new Error(`not a query the import writes:\n${query}`);
  return body[1]!.split('\n').map((line) => {
    const m = STATEMENT.exec(line);
    if (!m) throw new Error(`statement this evaluator does not know: ${line}`);
    return { on: m[1]!, tests: [...m[2]!.matchAll(FILTER)].map((f) => filterOf(f[1]!, f[2], f[3])) };
  });
}

/** The answer Overpass would give to `query` over these elements (the area filter aside). */
export function runQuery(query: string, elements: readonly OverpassElement[]): OverpassJson {
  const statements = parseStatements(query);
  const matches = elements.filter((e) =>
    statements.some((s) => (s.on === 'nwr' || s.on === e.type) && !!e.tags && s.tests.every((t) => t(e.tags as Record<string, string>))),
  );
  const byKey = new Map(elements.map((e) => [`${e.type}/${e.id}`, e]));
  const down = new Map<string, OverpassElement>();
  const visit = (e: OverpassElement) => {
    const refs =
      e.type === 'relation' ? e.members.filter((m) => m.type !== 'relation').map((m) => `${m.type}/${m.ref}`) : e.type === 'way' && 'nodes' in e ? (e.nodes as number[]).map((n) => `node/${n}`) : [];
    for (const key of refs) {
      const child = byKey.get(key);
      if (!child || down.has(key)) continue;
      const { tags: _skel, ...bare } = child; // `out skel`: no tags
      down.set(key, bare as OverpassElement);
      visit(child);
    }
  };
  matches.forEach(visit);
  const seen = new Set(matches.map((e) => `${e.type}/${e.id}`));
  return { elements: [...matches, ...[...down].filter(([k]) => !seen.has(k)).map(([, e]) => e)] };
}
