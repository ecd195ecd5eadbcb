// Hostile and odd plan files given to a real `lok import` on PostgreSQL: every hostile one is refused in
// Swedish, with the process well under 1 GB and the group's plan as it was; an odd but honest one
// (UTF-16 without a byte-order mark, Windows-1252, mixed line endings) imports correctly.
import { mkdir, mkdtemp, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import iconv from "iconv-lite";
import JSZip from "jszip";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  editedWorkbook,
  farColumn,
  farRow,
  hugeCell,
  rawZip,
  wholeSheetMerge,
  zipBomb,
} from "../fixtures/plans/hostile-files.ts";
import { xlsx } from "../fixtures/plans/workbooks.ts";
import { ENGLISH_OR_STACK, pgSchema, runLok } from "./lok-process.ts";
import { tally } from "./record.ts";

const GIB = 1024 ** 3;
const GROUP = "Probgruppen";
let dir: string;
let db: Awaited<ReturnType<typeof pgSchema>>;

const base = (rows: string[]) => `Nr;Aktivitet;Klart senast\r\n${rows.join("\r\n")}\r\n`;
const HONEST = base(["1;Bjuda in till dialog;2027-03-15", "2;Ta fram riktlinjer;2027-06-30"]);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "lok-probe-import-"));
  db = await pgSchema("probe_import");
  await writeFile(join(dir, "plan.csv"), HONEST);
  const first = await runLok(
    ["import", join(dir, "plan.csv"), "--group", GROUP, "--plan", "Handlingsplan 2027"],
    { DATABASE_URL: db.url },
  );
  if (first.code !== 0) throw new Error(`the first import failed: ${first.stderr}`);
});
afterAll(async () => {
  await db?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const snapshot = async () =>
  JSON.stringify(
    await db.query("SELECT number, title, due_date, status FROM $schema.activities ORDER BY number"),
  );

type Make = () => Promise<Buffer | string> | Buffer | string;
const hostile: [string, Make][] = [
  ["sammanfogad.xlsx", wholeSheetMerge],
  ["bomb.xlsx", () => zipBomb(64)],
  ["bomb-som-ljuger.xlsx", () => zipBomb(64, 1000)],
  ["bred.xlsx", () => farColumn()],
  ["cell.xlsx", () => hugeCell(5_000_000)],
  ["langt-ner.xlsx", () => farRow()],
  [
    "avklippt.xlsx",
    async () =>
      (
        await xlsx([
          {
            name: "Plan",
            rows: [
              ["Nr", "Aktivitet"],
              [1, "A"],
            ],
          },
        ])
      ).subarray(0, 900),
  ],
  ["slump.xlsx", () => Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256))],
  ["webbsida.xlsx", () => "<html><body><table><tr><td>1</td></tr></table></body></html>"],
  ["tom.xlsx", () => Buffer.alloc(0)],
  [
    "utan-blad.xlsx",
    async () => {
      const z = new JSZip();
      z.file("[Content_Types].xml", "<Types/>");
      return z.generateAsync({ type: "nodebuffer" });
    },
  ],
  [
    "entiteter.xlsx",
    () =>
      editedWorkbook((xml) =>
        xml
          .replace(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            `<?xml version="1.0"?><!DOCTYPE w [<!ENTITY a "${"x".repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;">]>`,
          )
          .replace(
            "</sheetData>",
            '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>&e;</t></is></c></row></sheetData>',
          ),
      ),
  ],
  [
    "extern-entitet.xlsx",
    () =>
      editedWorkbook((xml) =>
        xml
          .replace(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
            '<?xml version="1.0"?><!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>',
          )
          .replace(
            "</sheetData>",
            '<row r="3"><c r="A3"><v>2</v></c><c r="B3" t="inlineStr"><is><t>&x;</t></is></c></row></sheetData>',
          ),
      ),
  ],
  [
    "gammal.xlsx",
    () => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]),
  ],
  [
    "sokvag.xlsx",
    () =>
      rawZip([
        { name: "../../../tmp/lok-utbrytning", data: Buffer.from("x"), stored: true, declaredSize: 1 },
      ]),
  ],
  [
    "manga-poster.xlsx",
    () =>
      rawZip(
        Array.from({ length: 65_000 }, (_, i) => ({
          name: `f${i}`,
          data: Buffer.alloc(0),
          stored: true,
          declaredSize: 0,
        })),
      ),
  ],
  ["tom.csv", () => ""],
  ["bara-rubrik.csv", () => "Nr;Aktivitet\r\n"],
  ["fel-rubriker.csv", () => "Namn;Adress\r\nAnna;Storgatan 1\r\n"],
  ["citat.csv", () => `Nr;Aktivitet\r\n1;"${"lång text utan slut ".repeat(500_000)}`],
  ["en-rad.csv", () => `Nr;Aktivitet\r\n1;${"x".repeat(10 * 1024 * 1024)}`],
  ["kolumner.csv", () => `Nr;Aktivitet${";x".repeat(200_000)}\r\n1;A\r\n`],
  ["nul.csv", () => "Nr;Aktivitet\r\n1;Bjuda\u0000in\r\n"],
  ["binar.csv", () => Buffer.from(Array.from({ length: 8192 }, (_, i) => (i * 131) % 256))],
  [
    "rader.csv",
    () => `Nr;Aktivitet\r\n${Array.from({ length: 300_000 }, (_, i) => `${i + 1};A`).join("\r\n")}`,
  ],
  ["dubbla-nummer.csv", () => base(["1;A;2027-01-01", "1;B;2027-01-01"])],
  ["datum.csv", () => base(["1;A;31 februari 2027"])],
  ["nummer.csv", () => base(["1e400;A;2027-01-01"])],
  ["negativt.csv", () => base(["-3;A;2027-01-01"])],
  [
    "utf16-halv.csv",
    () => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Nr;Akt", "utf16le"), Buffer.from([0x41])]),
  ],
  ["zip.csv", () => zipBomb(4)],
  [
    "mapp.csv",
    async () => {
      await mkdir(join(dir, "mapp.csv.d"), { recursive: true });
      return "";
    },
  ],
  ["saknas.csv", () => ""],
  ["oandlig.csv", () => ""],
];

it("refuses every hostile plan file in Swedish, under 1 GB, changing nothing", async () => {
  const t = tally("lok import: hostile files");
  const before = await snapshot();
  for (const [name, make] of hostile) {
    let file = join(dir, name);
    const content = await make();
    if (name === "mapp.csv") file = join(dir, "mapp.csv.d");
    else if (name === "saknas.csv") file = join(dir, "finns-inte.csv");
    else if (name === "oandlig.csv") await symlink("/dev/zero", file);
    else await writeFile(file, content);
    const r = await runLok(
      ["import", file, "--group", GROUP],
      { DATABASE_URL: db.url },
      { timeoutMs: 90_000 },
    );
    const said = `${r.stdout}${r.stderr}`;
    if (r.timedOut) t.fail(`${name}: still running after 90 s`);
    else if (r.signal || r.code === null) t.fail(`${name}: died (${r.signal})`);
    else if (r.code === 0) t.fail(`${name}: accepted`);
    else if (ENGLISH_OR_STACK.test(said)) t.fail(`${name}: ${said.slice(0, 80)}`);
    else if (!/(^|\P{L})(är|inte|ingen|kan|kunde|hittar|saknar|har|filen|får)(\P{L}|$)/iu.test(said))
      t.fail(`${name}: no Swedish message`);
    else if (r.maxRss > GIB) t.fail(`${name}: ${Math.round(r.maxRss / 2 ** 20)} MB`);
    else t.ok();
  }
  if ((await snapshot()) !== before) t.lost(1, "the plan changed");
  const row = t.done();
  expect(row.notes).toEqual([]);
});

it("imports odd but honest files correctly", async () => {
  const t = tally("lok import: odd but honest files");
  const text = base(["1;Bjuda in till dialog – “öppet”;2027-03-15", "2;Ta fram riktlinjer för €;2027-06-30"]);
  const odd: [string, Buffer | string][] = [
    ["utf16le-utan-bom.csv", Buffer.from(text, "utf16le")],
    ["utf16le-med-bom.csv", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")])],
    ["windows-1252.csv", iconv.encode(text, "windows-1252")],
    ["blandade-radslut.csv", text.replace("\r\n1;", "\n1;").replace("\r\n2;", "\r2;")],
    ["utf8-bom.csv", `\ufeff${text}`],
  ];
  for (const [name, content] of odd) {
    const file = join(dir, name);
    await writeFile(file, content);
    const r = await runLok(["import", file, "--group", GROUP], { DATABASE_URL: db.url });
    const rows = await db.query("SELECT number, title FROM $schema.activities ORDER BY number");
    const titles = rows.map((row) => `${row.number}:${row.title}`).join("|");
    if (r.code !== 0) t.fail(`${name}: refused: ${(r.stdout + r.stderr).slice(0, 80)}`);
    else if (titles !== "1:Bjuda in till dialog – “öppet”|2:Ta fram riktlinjer för €")
      t.fail(`${name}: read as ${titles.slice(0, 80)}`);
    else t.ok();
  }
  const row = t.done();
  expect(row.notes).toEqual([]);
});
