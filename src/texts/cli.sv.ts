// What the `lok` command and `npm run teams:package` say in the terminal, in Swedish: the help, the
// usage of `lok tick` and `lok demo`, what `lok migrate` and `lok tick` did, and the Teams package.
import { PRODUCT_NAME } from "./product.ts";

/** "1 ny", "2 nya" */
function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

export interface TickCounts {
  enqueued: number;
  sent: number;
  retried: number;
  failed: number;
  skipped: number;
  pruned: number;
}

export const cliSv = {
  help: `${PRODUCT_NAME} — handlingsplanen för en lokal överenskommelse, i Slack, Teams eller terminalen.

Användning: lok <kommando> [flaggor]

Kommandon:
  serve     Starta boten (det som npm start kör). Utan Slack- eller Teams-uppgifter
            startar den lokala chattkonsolen.
  chat      Starta den lokala chattkonsolen. LOK_USER väljer vem som skriver,
            LOK_GROUP vilken grupp.
  migrate   Uppdatera databasens schema (görs också automatiskt vid start).
  demo      Läs in (eller läs om) demodatan: Örebros Samverkansråd och
            Handlingsplan 2017–2018, med datum utlagda kring i dag. Har demogruppen
            använts frågar jag först: lok demo [--ja]
  import    Läs in en handlingsplan från Excel (.xlsx) eller CSV:
            lok import <fil> --group <grupp> [--plan <plan>] [--dry-run]
  export    Skriv uppföljningen till Excel, CSV eller Markdown:
            lok export <fil.xlsx|.csv|.md> [--plan <plan>] [--group <grupp>]
  tick      Kör en omgång påminnelser, dagordningar och veckobrev som om klockan vore --now:
            lok tick [--now <tid>]; utan Slack och Teams skrivs de ut här.

Flaggor:
  -h, --help  Visa den här hjälpen.

Miljövariabler: DATABASE_URL (PostgreSQL; annars inbyggd PGlite i DATA_DIR, standard ./data),
LOK_USER, LOK_GROUP, LOK_ADMINS, LOK_LOCALE (sv eller en), LOG_LEVEL. Se README.md.`,
  unknownCommand: (command: string) => `Okänt kommando: ${command}`,
  noArguments: (command: string, given: string) => `lok ${command} tar inga argument (fick: ${given}).`,
  /** `lok migrate`: the database is at the latest schema (`database`: which one, and where). */
  migrated: (database: string) => `Databasen är uppdaterad (${database}).`,
  tick: {
    usage: "Användning: lok tick [--now <tidpunkt, t.ex. 2027-03-15T09:00:00+01:00>]",
    badTime: (given: string) => `--now: ”${given}” är ingen tidpunkt`,
    /** "Tick 2027-10-29T07:00:00.000Z: 2 nya i utkorgen, 2 skickade, 0 väntar på nytt försök, …" */
    summary: (at: string, c: TickCounts) =>
      `Tick ${at}: ${count(c.enqueued, "ny", "nya")} i utkorgen, ${count(c.sent, "skickad", "skickade")}, ` +
      `${c.retried} väntar på nytt försök, ${c.failed} misslyckades, ${c.skipped} hoppades över` +
      `${c.pruned > 0 ? `, ${count(c.pruned, "gammal rad rensad", "gamla rader rensade")}` : ""}.`,
    /** Headings of what is printed instead of sent. */
    toChannel: (channel: string) => `till kanalen ${channel}`,
    direct: (name: string) => `direkt till ${name}`,
  },
  demo: {
    usage: `Användning: lok demo [--ja]

Läser in demon (Örebros Samverkansråd och Handlingsplan 2017–2018, med datum utlagda kring i dag),
eller läser in den igen. Har demogruppen använts frågar jag först; utan terminal behövs --ja.
  --ja, --yes, -y  läs om demogruppen även om det som har gjorts i den försvinner`,
    onlyYes: (given: string) => `lok demo tar bara --ja (fick: ${given}).`,
  },
  /** `npm run teams:package`. */
  teamsPackage: {
    clientIdMissing:
      "CLIENT_ID saknas: sätt den till Entra-appens Application (client) ID, samma som botten använder, " +
      "till exempel CLIENT_ID=… npm run teams:package",
    notGuid: (name: string) => `${name} ska vara ett GUID, till exempel 00000000-0000-0000-0000-000000000000`,
    developerUrlMissing:
      "TEAMS_DEVELOPER_URL saknas: sätt den till er organisations webbplats (https://…); " +
      "TEAMS_PRIVACY_URL och TEAMS_TERMS_URL används om de finns, annars samma adress.",
    notHttps: (name: string) => `${name} ska vara en https-adress`,
    unknownPlaceholder: (placeholder: string) => `manifest.json: okänd platshållare ${placeholder}`,
    written: (file: string, appId: string, botId: string, version: string) =>
      `Skrev ${file} (app-id ${appId}, bot ${botId}, version ${version}).`,
    upload: "Ladda upp den i Teams: Appar → Hantera dina appar → Ladda upp en app.",
    failed: (problem: string) => `Kunde inte paketera Teams-appen: ${problem}`,
  },
};
