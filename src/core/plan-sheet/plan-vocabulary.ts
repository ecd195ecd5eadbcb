// The Swedish words the importer reads in a handlingsplan: column headings, section headings that name
// a party, principle headings, footnotes and the words of a Part column. They are what a Swedish plan
// says, whatever language the person importing it speaks, so they are not texts to translate: messages
// quote them (from here) where the person has to write them in the file. Folded words (no å/ä/ö,
// lower case, punctuation as spaces; see foldHeading) unless said otherwise. The English headings and
// party words are those of LÖK-boten's own English export, so that an English group's file can be
// edited and read back.
import type { Party } from "../command.ts";
import type { PlanColumn } from "./plan-columns.ts";

/** Each column's heading as a Swedish plan writes it (the Örebro plan's wording where it has one). */
export const COLUMN_HEADING: Record<PlanColumn, string> = {
  number: "Nr",
  principle: "Princip",
  party: "Part",
  activity: "Aktivitet",
  commitment: "Åtagande",
  responsibleOrg: "Ansvarig förvaltning/förening/org.",
  commissioner: "Ansvarig uppdragsbeställare",
  partners: "Samarbetspartner",
  followUp: "Uppföljning/Mått",
  owners: "Ägare",
  dueDate: "Klart senast",
  status: "Status",
  goal: "Mål",
};

/** Folded headings, matched as a whole cell or as the first words of one ("princip i overenskommelsen"). */
export const COLUMN_HEADINGS: Record<PlanColumn, readonly string[]> = {
  number: ["nr", "nummer", "no", "aktivitet nr", "aktivitetsnummer", "aktivitetsnr", "lopnummer", "lopnr"],
  principle: ["princip", "principer", "principen", "principle"],
  party: ["part", "parter", "ansvarig part", "aktor", "sektor", "party"],
  activity: ["aktivitet", "aktiviteter", "aktiviteten", "aktivitetsbeskrivning", "activity"],
  commitment: ["atagande", "ataganden", "ataganden i overenskommelsen", "commitment"],
  responsibleOrg: [
    "ansvarig",
    "ansvarig forvaltning",
    "ansvarig forening",
    "ansvarig org",
    "ansvarig organisation",
    "ansvarig forvaltning forening org",
    "huvudansvarig",
    "responsible department association org",
    "responsible organisation",
  ],
  commissioner: ["ansvarig uppdragsbestallare", "uppdragsbestallare", "commissioned by"],
  partners: ["samarbetspartner", "samarbetspartners", "samarbetspartner s", "partner", "partners"],
  goal: ["mal", "malen", "principens mal", "mal for principen", "goal", "goals"],
  followUp: [
    "uppfoljning",
    "matt",
    "uppfoljning matt",
    "uppfoljning och matt",
    "matetal",
    "indikator",
    "follow up measure",
  ],
  owners: [
    "agare",
    "aktivitetsagare",
    "ansvarig person",
    "ansvariga personer",
    "kontaktperson",
    "kontaktpersoner",
    "responsible person",
  ],
  dueDate: [
    "klart senast",
    "deadline",
    "slutdatum",
    "fardigt senast",
    "klart datum",
    "fardigdatum",
    "due by",
  ],
  status: ["status", "lage", "status lage"],
};

/** "och", as in "Kommunen och civilsamhället" and "Anna och Tina". */
export const AND = "och";

/** A word that names the municipality in a heading: "Gävle kommun", "Västerås stads", "Region Gotland". */
export const MUNICIPALITY_WORD =
  /^(?:kommun|kommunen|kommunens|kommuns|stad|staden|stadens|stads|region|regionen|regionens)$/;

/** Words that name civil society anywhere in a heading. */
export const CIVIL_WORDS =
  /\b(?:civila samhallet|civila samhallets|civilsamhallet|civilsamhallets|civilsamhalle|foreningslivet|foreningslivets|ideburen sektor|ideburna sektorn|ideella sektorn|ideella sektorns|ideell sektor|foreningarna|foreningar)\b/;

/** Words that end a party's name inside a title ("… och ideella sektorn i Gävle 2025–2026"). */
export const NAME_END: ReadonlySet<string> = new Set([
  "i",
  "om",
  "for",
  "med",
  "under",
  "ar",
  "lok",
  "loken",
  "handlingsplan",
  "mellan",
  AND,
]);

/** Small words a heading made of party names may have between them ("Gävle och ideella sektorn"). */
export const NAME_FILLERS: readonly string[] = [AND, "i", "det", "samt"];

/** A heading's generic tail: "Västerås stads aktiviteter" is about Västerås stad. */
export const GENERIC_SUFFIX = / (?:aktiviteter|aktivitet|atgarder|ataganden|ansvar)$/;
/** The same tail as a section heading or Part cell may have it. */
export const SECTION_SUFFIX = / (?:aktiviteter|aktivitet|atgarder|ataganden)$/;

const MUNICIPALITY = "(?:kommun|kommunen|kommunens|stad|staden|stadens|stads|region|regionen|regionens)";
const CIVIL =
  "(?:det )?(?:civila samhallet|civila samhallets|civilsamhallet|civilsamhallets|civilsamhalle|foreningslivet|foreningslivets|ideburen sektor)";
const PLACE = "(?:\\p{L}+ ){0,2}";

/** A whole section heading or Part cell naming each party. */
export const PARTY_TEXT = {
  stad: new RegExp(`^(?:${PLACE}${MUNICIPALITY}|stad|kommun|the municipality)$`, "u"),
  civilsamhalle: new RegExp(`^(?:${CIVIL}|civil|civilsamhalle|civil society)$`, "u"),
  gemensamt: new RegExp(
    `^(?:gemensamt|gemensamma|gemensam|bada parter|joint|${PLACE}${MUNICIPALITY} ${AND} ${CIVIL}|${CIVIL} ${AND} ${PLACE}${MUNICIPALITY})$`,
    "u",
  ),
} as const;

/** What a Part column should say, as messages suggest it. */
export const PART_COLUMN_WORDS: Record<Party, string> = {
  stad: "Kommunen",
  civilsamhalle: "Civilsamhället",
  gemensamt: "Gemensamt",
};

/** The parties as `--part "<rubrik>=…"` takes them (each is read like a Part cell). */
export const PART_OPTION_WORDS: Record<Party, string> = {
  stad: "stad",
  civilsamhalle: "civilsamhälle",
  gemensamt: "gemensamt",
};

/** A principle heading: "Principen om dialog och samverkan", "Princip om …", "Princip: Öppenhet". */
export const PRINCIPLE_HEADING = /^(?:principen om|princip om|princip:)\s*(.+)$/iu;
/** "Principen om" before a principle's name, which the name does without. */
export const PRINCIPLE_PREFIX = /^principen om\s+/iu;

/** A footnote under the table ("*Kommunens interna nätverk …", "Not: …"). */
export const FOOTNOTE = /^(?:\*|¹|²|³|not:|fotnot)/iu;

/** Between owners in one cell: "Anna Fogel, tina@example.se; Helena Astvald och KG Granberg". */
export const OWNER_SEPARATOR = new RegExp(`\\s*[,;\\n/]\\s*|\\s+${AND}\\s+`, "u");
