// `npm run probes`: tries the bot as an attacker and a careless first user would (forged and odd
// requests, forged tokens, fuzzed lines, hostile imports, kill -9, two processes on one folder, a
// database restart, a full disk, a coordinator's typing) and prints what held. Each probe is a vitest
// file under test/probes/ that records its counts and fails when anything was let in or lost.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { PROBE_RESULTS, type ProbeRow } from "./record.ts";

rmSync(PROBE_RESULTS, { force: true });
const vitest = spawnSync(
  "npx",
  ["vitest", "run", "--config", "test/probes/vitest.probes.config.ts", ...process.argv.slice(2)],
  { stdio: "inherit", env: { ...process.env, LOK_PROBE_RESULTS: PROBE_RESULTS } },
);

const rows: ProbeRow[] = existsSync(PROBE_RESULTS)
  ? readFileSync(PROBE_RESULTS, "utf8")
      .split("\n")
      .filter(Boolean)
      .map((line) => JSON.parse(line) as ProbeRow)
  : [];
const sum = (key: "tried" | "handled" | "failures" | "dataLost") => rows.reduce((n, r) => n + r[key], 0);
const line = (cells: (string | number)[]) => `| ${cells.join(" | ")} |`;
console.log(`\n${line(["probe", "tried", "handled", "failures", "data lost", "what failed"])}`);
console.log(line(["---", "---:", "---:", "---:", "---:", "---"]));
for (const r of rows) {
  console.log(
    line([
      r.probe,
      r.tried,
      r.handled,
      r.failures,
      r.dataLost,
      (r.notes ?? []).join("; ").replace(/\s+/g, " ").slice(0, 300) || "–",
    ]),
  );
}
console.log(line(["**all**", sum("tried"), sum("handled"), sum("failures"), sum("dataLost"), ""]));
process.exit(vitest.status ?? 1);
