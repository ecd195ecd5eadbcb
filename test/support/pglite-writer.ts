// A process that writes to a PGlite data directory, for the tests of sharing one directory between
// processes: `node pglite-writer.ts <dataDir> <tag> <count> <holdMs> [pauseMs]` inserts `count`
// groups named `<tag>-<i>`, prints "confirmed <name>" once each insert has returned, then keeps the
// database open for `holdMs` and closes it.
import { openDatabase } from "../../src/db/open-database.ts";

const [dataDir, tag, count, holdMs, pauseMs = "0"] = process.argv.slice(2) as string[];
const db = await openDatabase({ dataDir: dataDir as string });
process.stdout.write(`open ${process.pid}\n`);
for (let i = 0; i < Number(count); i++) {
  const name = `${tag}-${i}`;
  try {
    await db.prisma.group.create({ data: { name } });
    process.stdout.write(`confirmed ${name}\n`);
  } catch (error) {
    process.stdout.write(`failed ${name} ${(error as Error).message.replace(/\s+/g, " ").slice(0, 120)}\n`);
  }
  if (Number(pauseMs)) await new Promise((resolve) => setTimeout(resolve, Number(pauseMs)));
}
process.stdout.write("written\n");
await new Promise((resolve) => setTimeout(resolve, Number(holdMs)));
await db.close();
process.stdout.write("closed\n");
