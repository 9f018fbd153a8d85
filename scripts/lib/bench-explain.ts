// EXPLAIN ANALYZE of one captured Prisma query, summarised as one line: which indexes were used,
// whether a table was read sequentially, and PostgreSQL's own execution time.
import type pg from "pg";

type PlanNode = { "Node Type": string; "Index Name"?: string; "Relation Name"?: string; Plans?: PlanNode[] };

function walk(node: PlanNode, into: { indexes: Set<string>; seqScans: Set<string>; nodes: string[] }) {
  into.nodes.push(node["Node Type"]);
  if (node["Index Name"]) into.indexes.add(`${node["Node Type"]} ${node["Index Name"]}`);
  if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) into.seqScans.add(node["Relation Name"]);
  for (const child of node.Plans ?? []) walk(child, into);
}

export async function explainSummary(client: pg.Client, query: string, params: unknown[]): Promise<string> {
  const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${query}`, params);
  const [{ Plan: plan, "Execution Time": executionMs }] = rows[0]["QUERY PLAN"] as [{ Plan: PlanNode; "Execution Time": number }];
  const found = { indexes: new Set<string>(), seqScans: new Set<string>(), nodes: [] as string[] };
  walk(plan, found);
  const kind = /^\s*SELECT\s+COUNT/i.test(query) ? "count" : "rows ";
  const indexes = found.indexes.size > 0 ? [...found.indexes].join(", ") : "no index";
  const seq = found.seqScans.size > 0 ? `; SEQ SCAN on ${[...found.seqScans].join(", ")}` : "";
  return `${kind} ${executionMs.toFixed(1)} ms in PostgreSQL: ${indexes}${seq}`;
}
