// What the `lok` command and `npm run teams:package` say in the terminal, in English, in the shape of
// cli.sv.ts. Flags and words the commands read (--ja) stay as they are typed.
import type { cliSv } from "./cli.sv.ts";
import { PRODUCT_NAME } from "./product.ts";

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export const cliEn: typeof cliSv = {
  help: `${PRODUCT_NAME} — the action plan of a local agreement, in Slack, Teams or the terminal.

Usage: lok <command> [options]

Commands:
  serve     Start the bot (what npm start runs). Without Slack or Teams credentials
            it starts the local chat console.
  chat      Start the local chat console. LOK_USER chooses who is writing,
            LOK_GROUP which group.
  migrate   Update the database schema (also done automatically at start-up).
  demo      Load (or reload) the demo data: Örebro's Samverkansråd and
            Handlingsplan 2017–2018, with dates laid out around today. If the demo group
            has been used I ask first: lok demo [--ja]
  import    Read an action plan from Excel (.xlsx) or CSV:
            lok import <file> --group <group> [--plan <plan>] [--dry-run]
  export    Write the follow-up to Excel, CSV or Markdown:
            lok export <file.xlsx|.csv|.md> [--plan <plan>] [--group <group>]
  tick      Run one round of reminders, agendas and weekly digests as if the time were --now:
            lok tick [--now <time>]; without Slack and Teams they are printed here.

Options:
  -h, --help  Show this help.

Environment variables: DATABASE_URL (PostgreSQL; otherwise the built-in PGlite in DATA_DIR, by default
./data), LOK_USER, LOK_GROUP, LOK_ADMINS, LOK_LOCALE (sv or en), LOG_LEVEL. See README.md.`,
  unknownCommand: (command) => `Unknown command: ${command}`,
  noArguments: (command, given) => `lok ${command} takes no arguments (got: ${given}).`,
  migrated: (database) => `The database is up to date (${database}).`,
  tick: {
    usage: "Usage: lok tick [--now <time, e.g. 2027-03-15T09:00:00+01:00>]",
    badTime: (given) => `--now: “${given}” is not a point in time`,
    summary: (at, c) =>
      `Tick ${at}: ${c.enqueued} new in the outbox, ${c.sent} sent, ` +
      `${c.retried} waiting to be retried, ${c.failed} failed, ${c.skipped} skipped` +
      `${c.pruned > 0 ? `, ${count(c.pruned, "old row removed", "old rows removed")}` : ""}.`,
    toChannel: (channel) => `to the channel ${channel}`,
    direct: (name) => `directly to ${name}`,
  },
  demo: {
    usage: `Usage: lok demo [--ja]

Loads the demo (Örebro's Samverkansråd and Handlingsplan 2017–2018, with dates laid out around
today), or loads it again. If the demo group has been used I ask first; without a terminal --ja is
needed.
  --ja, --yes, -y  reload the demo group even though what has been done in it is lost`,
    onlyYes: (given) => `lok demo takes only --ja (got: ${given}).`,
  },
  teamsPackage: {
    clientIdMissing:
      "CLIENT_ID is missing: set it to the Entra app's Application (client) ID, the same one the bot uses, " +
      "for example CLIENT_ID=… npm run teams:package",
    notGuid: (name) => `${name} must be a GUID, for example 00000000-0000-0000-0000-000000000000`,
    developerUrlMissing:
      "TEAMS_DEVELOPER_URL is missing: set it to your organisation's website (https://…); " +
      "TEAMS_PRIVACY_URL and TEAMS_TERMS_URL are used if they are set, otherwise the same address.",
    notHttps: (name) => `${name} must be an https address`,
    unknownPlaceholder: (placeholder) => `manifest.json: unknown placeholder ${placeholder}`,
    written: (file, appId, botId, version) =>
      `Wrote ${file} (app ID ${appId}, bot ${botId}, version ${version}).`,
    upload: "Upload it in Teams: Apps → Manage your apps → Upload an app.",
    failed: (problem) => `Could not package the Teams app: ${problem}`,
  },
};
