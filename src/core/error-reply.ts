// One polite Swedish reply per error code, always saying what to type instead. Shown only to the
// person who typed (ephemeral), never with a stack trace.
import { ACTIVITY_STATUSES, STATUS_LABEL } from "./activity-status.ts";
import { MAX_COMMENT_LENGTH, type ParseError } from "./command.ts";
import { usageFor } from "./command-usage.ts";
import type { DomainErrorDetail } from "./domain-error.ts";
import { excerpt, formatDate, formatNumberRanges, joinSwedish, weekdayName } from "./labels.ts";
import { meetingLine } from "./replies/meeting-replies.ts";
import { type Reply, reply } from "./reply.ts";

const UNREACHABLE: Record<Extract<DomainErrorDetail, { code: "database_unreachable" }>["reason"], string> = {
  refused: "servern tar inte emot anslutningar.",
  not_found: "värden finns inte.",
  auth: "användaren eller lösenordet godtogs inte.",
  no_database: "databasen finns inte på servern.",
  timeout: "servern svarade inte i tid.",
};

const STATUS_LIST = ACTIVITY_STATUSES.map((s) => STATUS_LABEL[s]).join(", ");

function errorText(text: string, hint?: string): Reply {
  return reply("error", [{ type: "text", text }, ...(hint ? [{ type: "note" as const, text: hint }] : [])]);
}

export function parseErrorReply(error: ParseError): Reply {
  switch (error.code) {
    case "empty":
      return errorText("Skriv ett kommando, till exempel `status 13 klar` eller `hjälp`.");
    case "unknown_command":
      return errorText(
        error.suggestion
          ? `Jag känner inte till ”${excerpt(error.word)}”. Menade du \`${error.suggestion}\`?`
          : `Jag känner inte till ”${excerpt(error.word)}”.`,
        "Skriv `hjälp` för att se vad jag kan, till exempel `status 13 klar`, `visa 13` eller `lista försenade`.",
      );
    case "missing_argument":
      return errorText(
        `Det saknas ${error.argument} efter ”${error.command}”.`,
        `Skriv: ${usageFor(error.command)}`,
      );
    case "bad_number":
      return errorText(
        `”${excerpt(error.given)}” är inget aktivitetsnummer.`,
        `Skriv numret från handlingsplanen, till exempel: ${usageFor(error.command)}`,
      );
    case "bad_status":
      return errorText(
        error.suggestion
          ? `”${excerpt(error.given)}” är ingen status jag känner till. Menade du ”${STATUS_LABEL[error.suggestion as keyof typeof STATUS_LABEL] ?? error.suggestion}”?`
          : `”${excerpt(error.given)}” är ingen status jag känner till.`,
        `Välj en av: ${STATUS_LIST}. Till exempel: \`status 13 pågår\`.`,
      );
    case "bad_date":
      if (error.wrongWeekday) {
        const date = error.wrongWeekday;
        return errorText(
          `”${excerpt(error.given)}” går inte ihop: ${formatDate(date)} är en ${weekdayName(date)}.`,
          `Skriv \`${weekdayName(date)} ${formatDate(date)}\` om det är den dagen du menar, eller bara datumet.`,
        );
      }
      return errorText(
        `Jag förstår inte datumet ”${excerpt(error.given)}”.`,
        "Skriv till exempel 2027-03-15, 15/3, 15/3-27, 15.3.2027, 15 mars, fredag, nästa fredag, v12 (fredagen i vecka 12), idag eller imorgon.",
      );
    case "bad_time":
      return errorText(
        `Jag förstår inte tiden ”${excerpt(error.given)}”.`,
        "Skriv till exempel 18, 18:00, kl. 18-20 eller 18:00-20:00.",
      );
    case "bad_filter":
      return errorText(
        `Jag kan inte lista ”${excerpt(error.given)}”.`,
        "Skriv `lista`, `lista mina`, `lista försenade`, `lista klara` (eller en annan status), `lista stad`, `lista civil`, `lista gemensamt` eller `lista <princip>`.",
      );
    case "text_too_long":
      return errorText(
        `Texten är ${error.length} tecken lång; jag tar emot högst ${error.max ?? MAX_COMMENT_LENGTH}.`,
        "Korta ner kommentaren, eller dela upp den i flera uppdateringar.",
      );
  }
}

export function domainErrorReply(detail: DomainErrorDetail): Reply {
  switch (detail.code) {
    case "parse":
      return parseErrorReply(detail.error);
    case "activity_not_found":
      return errorText(
        detail.numbers.length
          ? `Aktivitet ${detail.number} finns inte i ${detail.planName}; det finns ${formatNumberRanges(detail.numbers)}.`
          : `Aktivitet ${detail.number} finns inte: ${detail.planName} har inga aktiviteter än.`,
        "Skriv `lista` för att se alla aktiviteter.",
      );
    case "no_plan":
      return errorText(
        `${detail.groupName} har ingen handlingsplan i LÖK-boten än.`,
        "En samordnare kan läsa in planen med `npx lok import <fil.xlsx> --group <grupp>`, eller demoplanen med `npx lok demo`.",
      );
    case "no_group":
      return errorText(
        "Det finns ingen samverkansgrupp än.",
        "Läs in demon med `npx lok demo`, eller en plan med `npx lok import`.",
      );
    case "group_not_found":
      return errorText(
        `Jag hittar ingen grupp som heter ”${excerpt(detail.query)}”.`,
        detail.groups.length ? `Grupperna är: ${joinSwedish(detail.groups)}.` : undefined,
      );
    case "group_required":
      return errorText(
        `Det finns flera grupper: ${joinSwedish(detail.groups)}. Vilken ska kanalen kopplas till?`,
        `Skriv till exempel \`koppla ${detail.groups[0] ?? "<grupp>"}\`.`,
      );
    case "channel_not_bound":
      return errorText(
        "Den här kanalen är inte kopplad till någon samverkansgrupp än.",
        "En samordnare kopplar den med `koppla` (eller `koppla <gruppens namn>` om det finns flera grupper).",
      );
    case "not_allowed":
      return errorText(
        `Bara samordnare och administratörer kan ${detail.action}.`,
        "Be en samordnare i gruppen att göra det, eller rapportera status med `status <nr> <status>`.",
      );
    case "member_not_found":
      return errorText(
        `Jag hittar ingen medlem som heter ”${excerpt(detail.query)}”.`,
        detail.suggestions.length
          ? `Menade du ${joinSwedish(detail.suggestions.map((s) => `”${s}”`))}?`
          : "Skriv namnet som det står i gruppen, eller personens e-postadress.",
      );
    case "member_ambiguous":
      return errorText(
        `”${excerpt(detail.query)}” passar flera medlemmar: ${joinSwedish(detail.candidates)}.`,
        "Skriv hela namnet eller e-postadressen.",
      );
    case "principle_not_found":
      return errorText(
        `Jag hittar ingen princip som heter ”${excerpt(detail.query)}”.`,
        detail.principles.length
          ? `Principerna i planen är: ${joinSwedish(detail.principles)}. Skriv till exempel \`lista ${detail.principles[0]?.toLowerCase()}\`.`
          : "Planen har inga principer inlagda.",
      );
    case "lok_group_unknown":
      return errorText(
        `LOK_GROUP="${excerpt(detail.query)}": det finns ingen grupp som heter så.`,
        `Grupperna är ${someNames(detail.groups)}. Välj en, till exempel LOK_GROUP="${detail.groups[0] ?? ""}", eller ta bort LOK_GROUP för att använda den första.`,
      );
    case "lok_user_blank":
      return errorText(
        `LOK_USER är tomt, så jag vet inte vem som skriver i ${detail.groupName}.`,
        `${chooseMember(detail.members)} Utan LOK_USER skriver du som gruppens samordnare.`,
      );
    case "lok_user_unknown":
      return errorText(
        `LOK_USER="${excerpt(detail.query)}": ${detail.groupName} har ingen medlem som heter så${
          detail.suggestions.length ? `. Menade du ${joinSwedish(detail.suggestions)}?` : "."
        }`,
        `${chooseMember(detail.members)} Ingen ny medlem läggs till härifrån: nya medlemmar kommer med när de skriver till mig i Slack eller Teams, eller i planens Ägare-kolumn.`,
      );
    case "lok_user_ambiguous":
      return errorText(
        `LOK_USER="${excerpt(detail.query)}" passar flera i ${detail.groupName}: ${joinSwedish(detail.candidates)}.`,
        `Skriv hela namnet, till exempel LOK_USER="${detail.candidates[0] ?? ""}".`,
      );
    case "database_busy":
      return errorText(
        `Databasen i ${detail.dataDir} används av en annan LÖK-boten-process som inte svarar.`,
        "Vänta tills den har startat klart, eller stoppa den och försök igen.",
      );
    case "database_no_space":
      return errorText(
        `Databasen i ${detail.dataDir} kan inte starta: disken är full.`,
        "Frigör utrymme på disken och försök igen. Inget av det som redan är sparat har gått förlorat.",
      );
    case "database_older_owner":
      return errorText(
        `Databasen i ${detail.dataDir} används av en LÖK-boten-process med en äldre version, som saknar den här versionens databasändringar.`,
        "Starta om den processen (så att den kör den här versionen) och försök igen.",
      );
    case "database_unreachable":
      return errorText(
        `Jag når inte PostgreSQL (${detail.where}): ${UNREACHABLE[detail.reason]}`,
        "Kontrollera DATABASE_URL och att servern är igång, och försök igen.",
      );
    case "meeting_in_past":
      return errorText(
        `${detail.when} har redan varit.`,
        "Skriv ett datum framåt i tiden, till exempel `möte 2 maj 18-20 Föreningarnas hus`.",
      );
    case "meeting_exists":
      return errorText(
        `Det finns redan ett möte då: ${detail.meeting.title}, ${meetingLine(detail.meeting)}. Jag lade inte in ett till.`,
        "Ett nytt möte behöver en annan tid; `möten` visar de inlagda.",
      );
  }
}

/** "Anna, Helena, … och 12 till": a list that stays readable however many there are. */
function someNames(names: readonly string[], max = 20): string {
  if (names.length <= max) return joinSwedish([...names]);
  return `${names.slice(0, max).join(", ")} och ${names.length - max} till`;
}

function chooseMember(members: readonly string[]): string {
  return members.length
    ? `Medlemmarna är ${someNames(members)}. Välj en, till exempel LOK_USER="${members[0]}".`
    : "Gruppen har inga medlemmar än.";
}

/** The database could not be reached (restarting, or the network): nothing was changed. */
export function databaseUnreachableReply(): Reply {
  return errorText(
    "Jag når inte databasen just nu, så ingenting ändrades.",
    "Försök igen om en liten stund.",
  );
}

export function internalErrorReply(): Reply {
  return errorText(
    "Något gick fel hos mig, och ingenting ändrades.",
    "Försök igen om en stund. Händer det igen, säg till en samordnare.",
  );
}
