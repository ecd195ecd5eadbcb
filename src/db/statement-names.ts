// Names for PostgreSQL prepared statements. With a name, node-postgres parses a statement once per
// connection and the server can keep its plan; without one, every call is parsed and planned again.
// Our queries are a fixed set, so the names are bounded: the first MAX_NAMED distinct texts get one
// and anything beyond runs unnamed (an empty name, which node-postgres treats as none), as before, so
// no connection collects statements without limit.
import { createHash } from "node:crypto";

export const MAX_NAMED = 500;

export function statementNameGenerator(max = MAX_NAMED): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= max) return "";
    const name = `lok_${createHash("sha256").update(sql).digest("hex").slice(0, 32)}`;
    names.set(sql, name);
    return name;
  };
}
