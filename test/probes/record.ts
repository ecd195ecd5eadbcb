// What each probe tried and what came of it, one JSON line per probe, so that `npm run probes` can print
// one table at the end. Handled means: refused or answered politely, nothing changed that should not
// have, the process still up. A failure is any other result; data lost counts writes that were
// confirmed to someone and are not in the database afterwards.
import { appendFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface ProbeRow {
  probe: string;
  tried: number;
  handled: number;
  failures: number;
  dataLost: number;
  /** What went wrong, one line per kind of failure, for the table's last column. */
  notes?: string[];
}

export const PROBE_RESULTS = process.env.LOK_PROBE_RESULTS ?? join(tmpdir(), "lok-probes.jsonl");

export function record(row: ProbeRow): ProbeRow {
  appendFileSync(PROBE_RESULTS, `${JSON.stringify(row)}\n`);
  return row;
}

/** Counts outcomes of many tries under one probe's name. */
export function tally(probe: string) {
  let tried = 0;
  let handled = 0;
  let dataLost = 0;
  const notes = new Map<string, number>();
  return {
    ok() {
      tried++;
      handled++;
    },
    fail(why: string) {
      tried++;
      notes.set(why, (notes.get(why) ?? 0) + 1);
    },
    lost(count: number, why: string) {
      dataLost += count;
      if (count > 0) notes.set(why, (notes.get(why) ?? 0) + count);
    },
    done(): ProbeRow {
      return record({
        probe,
        tried,
        handled,
        failures: tried - handled,
        dataLost,
        notes: [...notes].map(([why, n]) => `${n}× ${why}`),
      });
    },
  };
}
