// Every text LÖK-boten shows, in Swedish: the source of truth. `en.ts` has the same shape (the
// compiler checks it). Texts with parameters are functions, so plural and agreement rules live here,
// next to the words they bend, and never as patches on a finished sentence.
import type { ActivityStatus } from "../core/activity-status.ts";
import type { Party } from "../core/command.ts";
import { activityEditActionsSv, activityEditHelpSv, activityEditSv } from "./activity-edit.sv.ts";
import { activityFormSv } from "./activity-form.sv.ts";
import { agendaMovesSv, meetingWarningsSv } from "./agenda-moves.sv.ts";
import { attendanceHelpSv, attendanceSv } from "./attendance.sv.ts";
import { cliSv } from "./cli.sv.ts";
import { configSv } from "./config.sv.ts";
import { deliverySv } from "./delivery.sv.ts";
import { exportsSv } from "./exports.sv.ts";
import { followUpActionsSv, followUpHelpSv, followUpSv } from "./followup.sv.ts";
import { importSv } from "./imports.sv.ts";
import type { Locale } from "./locale.ts";
import { meetingSeriesHelpSv, meetingSeriesSv } from "./meeting-series.sv.ts";
import {
  membershipActionsSv,
  membershipArgumentsSv,
  membershipHelpSv,
  membershipSv,
} from "./membership.sv.ts";
import { minutesActionsSv, minutesArgumentsSv, minutesHelpSv, minutesSv } from "./minutes.sv.ts";
import { openDataSv } from "./opendata.sv.ts";
import { planGuardSv } from "./plan-guard.sv.ts";
import {
  planUploadActionsSv,
  planUploadArgumentsSv,
  planUploadHelpSv,
  planUploadSv,
} from "./plan-upload.sv.ts";
import { plansActionsSv, plansArgumentsSv, plansHelpSv, plansSv } from "./plans.sv.ts";
import { PRODUCT_NAME } from "./product.ts";
import { publishingActionsSv, publishingHelpSv, publishingSv } from "./publishing.sv.ts";
import { taskRemindersSv } from "./task-reminders.sv.ts";
import { webSv } from "./web.sv.ts";
import { webAdminHelpSv, webAdminSv } from "./web-admin.sv.ts";
import { webMinutesSv } from "./web-minutes.sv.ts";
import { webUploadSv } from "./web-upload.sv.ts";

const MONTHS = ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"];
const WEEKDAYS = ["söndag", "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag"];

const STATUS: Record<ActivityStatus, string> = {
  ej_paborjad: "ej påbörjad",
  pagar: "pågår",
  klar: "klar",
  forsenad: "försenad",
  pausad: "pausad",
  struken: "struken",
};

/** In running text: "inte påbörjad" (ej belongs in tables). */
const STATUS_IN_SENTENCE: Record<ActivityStatus, string> = { ...STATUS, ej_paborjad: "inte påbörjad" };

const STATUS_PLURAL: Record<ActivityStatus, string> = {
  ej_paborjad: "ej påbörjade",
  pagar: "pågående",
  klar: "klara",
  forsenad: "försenade",
  pausad: "pausade",
  struken: "strukna",
};

const PARTY: Record<Party, string> = {
  stad: "Kommunen",
  civilsamhalle: "Civilsamhället",
  gemensamt: "Gemensamt",
};

/** "pågår nu" but "är nu klar": pågår is a verb, the others are adjectives after "är". */
function statusPhrase(status: ActivityStatus, adverb = ""): string {
  const tail = adverb ? ` ${adverb}` : "";
  return status === "pagar" ? `pågår${tail}` : `är${tail} ${STATUS_IN_SENTENCE[status]}`;
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "Anna, Helena och Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

function formatDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function weekday(date: string): string {
  return WEEKDAYS[new Date(`${date}T12:00:00Z`).getUTCDay()] ?? "";
}

/** A sentence ends once: a title that ends in a full stop gets no second one. */
function sentence(text: string): string {
  return /[.!?…]$/.test(text) ? text : `${text}.`;
}

export const sv = {
  locale: "sv" as Locale,
  imports: importSv,
  web: webSv,
  openData: openDataSv,
  publishing: publishingSv,
  activityEdit: activityEditSv,
  activityForm: activityFormSv,
  plans: plansSv,
  planUpload: planUploadSv,
  membership: membershipSv,
  agendaMoves: agendaMovesSv,
  meetingWarnings: meetingWarningsSv,
  planGuard: planGuardSv,
  meetingSeries: meetingSeriesSv,
  minutes: minutesSv,
  taskReminders: taskRemindersSv,
  attendance: attendanceSv,
  webAdmin: webAdminSv,
  webUpload: webUploadSv,
  webMinutes: webMinutesSv,
  followUp: followUpSv,
  common: {
    join,
    plural,
    sentence,
    quote: (text: string) => `”${text}”`,
    or: "eller",
  },
  dates: {
    /** "15 mars 2027" */
    date: formatDate,
    /** "måndag 2 maj 2027" */
    dateWithWeekday: (date: string) => `${weekday(date)} ${formatDate(date)}`,
    weekday,
    /** Digest weekdays, 1 = Monday. */
    weekdayPlural: (isoWeekday: number) => `${WEEKDAYS[isoWeekday % 7]}ar`,
    /** "kl. 12:00" or "kl. 09:00–11:00" */
    clock: (start: string, end?: string) => (end ? `kl. ${start}–${end}` : `kl. ${start}`),
    /** "vecka 49, 2026" */
    week: (year: number, week: number) => `vecka ${week}, ${year}`,
  },
  status: {
    /** As tables and lists show it. */
    label: STATUS,
    /** "Aktivitet 1 pågår." / "Aktivitet 13 är inte påbörjad." */
    is: (s: ActivityStatus) => statusPhrase(s),
    isNow: (s: ActivityStatus) => statusPhrase(s, "nu"),
    isStill: (s: ActivityStatus) => statusPhrase(s, "fortfarande"),
    isAlready: (s: ActivityStatus) => statusPhrase(s, "redan"),
    /** "2 ej påbörjade", "8 pågående", "1 klar" */
    count: (s: ActivityStatus, n: number) => `${n} ${n === 1 ? STATUS[s] : STATUS_PLURAL[s]}`,
    choices: `${Object.values(STATUS).slice(0, -1).join(", ")} eller ${STATUS.struken}`,
  },
  party: {
    label: PARTY,
    /** The list of a party's activities: "Kommunens aktiviteter", "Gemensamma aktiviteter". */
    activities: (p: Party, sectionHeading?: string) =>
      sectionHeading ??
      {
        stad: "Kommunens aktiviteter",
        civilsamhalle: "Civilsamhällets aktiviteter",
        gemensamt: "Gemensamma aktiviteter",
      }[p],
  },
  role: { medlem: "medlem", samordnare: "samordnare", admin: "administratör" } as Record<string, string>,
  members: {
    /** The name of a member the platform told nothing about (no name, address or id). */
    unknownName: "Okänd medlem",
    /** Who types in the console of a group that has no samordnare yet. */
    consoleCoordinator: "Samordnare",
    /** A group that no longer exists, where a message for it still waits. */
    unknownGroup: (id: number) => `grupp ${id}`,
  },
  activity: {
    actions: { done: "Klar", ongoing: "Pågår", late: "Försenad", comment: "Kommentera…", show: "Visa" },
    noDeadline: "ingen deadline",
    passed: (date: string) => `${date} (passerad)`,
    fields: {
      status: "Status",
      deadline: "Deadline",
      noDeadlineSet: "ingen satt",
      owners: "Ansvarig person",
      noOwner: "ingen utsedd",
      party: "Part",
      principle: "Princip",
      responsibleOrg: "Ansvarig förvaltning/förening",
      commissioner: "Uppdragsbeställare",
      partners: "Samarbetspartner",
      commitment: "Åtagande",
      followUp: "Uppföljning",
    },
    latestUpdates: "Senaste uppdateringar",
    history: "Historik",
    noUpdates: "Ingen har rapporterat status än.",
    updateBy: (name: string) => ` av ${name}`,
    statusIs: (n: number, s: ActivityStatus) => `Aktivitet ${n} ${statusPhrase(s)}.`,
    duplicate: (n: number) =>
      `Den här uppdateringen av aktivitet ${n} var redan sparad; jag sparade den inte igen.`,
    savedStill: (n: number, s: ActivityStatus) => `Sparat: aktivitet ${n} ${statusPhrase(s, "fortfarande")}.`,
    savedNow: (n: number, s: ActivityStatus, previous: ActivityStatus) =>
      `Sparat: aktivitet ${n} ${statusPhrase(s, "nu")} (var ${STATUS[previous]}).`,
    unchanged: (n: number, s: ActivityStatus) =>
      `Aktivitet ${n} ${statusPhrase(s, "redan")}, så jag sparade ingen ny uppdatering.`,
    commentHint: (n: number, s: ActivityStatus) =>
      `Vill du berätta något nytt skriver du en kommentar: \`status ${n} ${STATUS[s]} <kommentar>\`.`,
  },
  change: {
    ownersNow: (names: readonly string[]) => `Ansvariga nu: ${join(names)}.`,
    noOwnerNow: "Aktiviteten har ingen ansvarig nu.",
    ownerAdded: (name: string, title: string) => sentence(`${name} är nu ansvarig för ${title}`),
    ownerRemoved: (name: string, title: string) => sentence(`${name} är inte längre ansvarig för ${title}`),
    ownerAlready: (name: string, title: string) => sentence(`${name} är redan ansvarig för ${title}`),
    ownerNotOwner: (name: string, title: string) => sentence(`${name} är inte ansvarig för ${title}`),
    deadlineChanged: (n: number, due: string, previous?: string) =>
      `Ny deadline för aktivitet ${n}: ${due}${previous ? ` (tidigare ${previous})` : ""}.`,
    deadlineNone: "ingen",
    deadlineUnchanged: (n: number, due: string) => `Aktivitet ${n} har redan deadline ${due}.`,
    deadlineUnchangedNone: (n: number) => `Aktivitet ${n} har redan ingen deadline.`,
    holidayFriday: (week: number, holiday: string, before: string, command: string) =>
      `Fredagen i vecka ${week} är ${holiday}. Vill du hellre ha arbetsdagen före, ${before}, skriver du \`${command}\`.`,
    droppedTime: (clock: string) => `En deadline gäller hela dagen, så klockslaget ${clock} sparades inte.`,
    alreadyPassed: "Datumet har redan passerat, så aktiviteten räknas som försenad.",
  },
  list: {
    all: (plan: string) => `Alla aktiviteter i ${plan}`,
    mine: "Dina aktiviteter",
    overdue: "Försenade aktiviteter",
    status: (s: ActivityStatus) => `Aktiviteter med status ${STATUS[s]}`,
    principle: (name: string) => `Aktiviteter under ${name}`,
    emptyMine:
      "Du är inte ansvarig för någon aktivitet. En samordnare kan lägga till dig med `ansvarig <nr> <ditt namn>`.",
    emptyOverdue: "Inga aktiviteter är försenade. Bra jobbat!",
    emptyStatus: (s: ActivityStatus) => `Ingen aktivitet har status ${STATUS[s]} just nu.`,
    empty: "Inga aktiviteter matchar.",
    count: (n: number, overdue: number) =>
      `${plural(n, "aktivitet", "aktiviteter")}${overdue ? `, varav ${plural(overdue, "försenad", "försenade")}` : ""}. Skriv \`visa <nr>\` för detaljer.`,
  },
  replies: {
    nothingChanged: "Ingenting ändrades.",
    alreadyDone: "Det här var redan gjort, så jag gjorde det inte en gång till.",
    greeting:
      "Hej! Jag är LÖK-boten och håller ordning på handlingsplanen. Skriv `hjälp` för att se vad jag kan.",
    thanks: "Varsågod!",
    bindInConsole:
      "`koppla` kopplar en Slack- eller Teams-kanal till gruppen; här i konsolen behövs det inte.",
  },
  language: {
    /** Said in the new language. */
    changed: "Nu pratar jag svenska i den här gruppen.",
    unchanged: "Jag pratar redan svenska i den här gruppen.",
    name: { sv: "svenska", en: "engelska" } as Record<Locale, string>,
  },
  home: {
    heading: "Mina aktiviteter",
    overdue: (n: number) => plural(n, "försenad", "försenade"),
  },
  bind: {
    bound: (group: string, plan?: string) =>
      `Den här kanalen är nu kopplad till ${group}${plan ? ` och ${plan}` : ""}.`,
    boundNote:
      "Här kommer påminnelser och dagordningar. Prova `lista`, `status <nr> <status>` eller `hjälp`.",
    already: (group: string) => `Den här kanalen är redan kopplad till ${group}.`,
  },
  welcome: {
    heading: "Hej! Jag är LÖK-boten",
    personal:
      "Jag håller ordning på handlingsplanen. Här kan du skriva direkt till mig, till exempel `status 13 klar`, `mina` eller `lista försenade`.",
    personalHelp: "Skriv `hjälp` för att se allt jag kan.",
    boundChannel: (group: string) =>
      `Den här kanalen är kopplad till ${group}. Nämn mig och skriv ett kommando, till exempel \`@LÖK status 13 klar\`.`,
    unboundChannel:
      "Jag håller ordning på handlingsplanen. En samordnare kopplar kanalen till gruppen genom att nämna mig och skriva `koppla`.",
    channelHelp: "Nämn mig och skriv `hjälp` för att se allt jag kan.",
    console: (group: string, actor: string, role: string) =>
      `LÖK-boten i ${group}. Du skriver som ${actor} (${role}).`,
    consoleHelp: "Skriv `hjälp` för att se vad jag kan, eller `avsluta` (eller Ctrl-C) för att sluta.",
    consoleWeb: (url: string) => `Webbsidan: ${url}`,
    consoleWebBusy: (port: number) =>
      `Webbsidan visas inte: port ${port} används redan av något annat. Sätt PORT till en ledig port för att se den.`,
    goodbye: "Hej då! Allt du har skrivit är sparat.",
  },
  demo: {
    datesNote:
      "Det här är demon: Örebros handlingsplan 2017–2018 med planens aktiviteter och ord, men datumen är demons egna. Deadlines, status och möten är utlagda kring dagen då demon lästes in, så att några aktiviteter är klara, några snart ska vara klara och några är försenade.",
    loaded: (group: string, plan: string, activities: number) =>
      `Demodatan är inläst: ${group}, ${plan} med ${plural(activities, "aktivitet", "aktiviteter")}.`,
    loadedNote: "Datumen är demons egna, utlagda kring i dag. Skriv npm start för att pröva konsolen.",
    statusUpdates: (n: number) => plural(n, "statusuppdatering", "statusuppdateringar"),
    changedActivities: (n: number) =>
      plural(
        n,
        "ändrad aktivitet (deadline, status eller ansvariga)",
        "ändrade aktiviteter (deadlines, status eller ansvariga)",
      ),
    meetings: (n: number) => plural(n, "inlagt möte", "inlagda möten"),
    agendaItems: (n: number) =>
      plural(n, "föreslagen punkt till dagordningen", "föreslagna punkter till dagordningen"),
    members: (n: number) => plural(n, "ny medlem", "nya medlemmar"),
    channelBindings: (n: number) =>
      plural(n, "koppling till en Slack- eller Teams-kanal", "kopplingar till Slack- eller Teams-kanaler"),
    reloadWarning: (group: string, losses: string) =>
      `${group} har använts sedan demon lästes in. Läser jag om demon försvinner ${losses}; andra grupper lämnas orörda.`,
    reloadQuestion: "Skriv ja för att läsa om demon, eller något annat för att avbryta:",
    reloadRefused: "Ingenting ändrades. Kör npx lok demo --ja för att läsa om den ändå.",
    notReloaded: "Demon lästes inte om; ingenting ändrades.",
  },
  product: { name: PRODUCT_NAME },
  slack: {
    show: "Visa",
    showMore: "Visa fler",
    showing: (from: number, to: number, total: number) => `Visar ${from}–${to} av ${total} rader.`,
    /** The form for status, comment and a new deadline, and what it says about what was filled in. */
    statusModal: {
      title: (n: number) => `Aktivitet ${n}`,
      submit: "Spara",
      close: "Avbryt",
      status: "Status",
      statusPlaceholder: "Välj status",
      comment: "Kommentar",
      commentPlaceholder: "Vad har hänt? (syns i historiken och i kanalen)",
      deadline: "Ny deadline",
      deadlineHint: "Bara samordnare kan ändra deadline.",
      expired: "Formuläret är för gammalt. Stäng det och öppna det igen.",
      noStatus: "Välj en status.",
      commentTooLong: (max: number) => `Högst ${max} tecken.`,
      badDate: "Välj ett datum i kalendern.",
    },
  },
  teams: {
    commentLabel: "Kommentar (valfri)",
    commentPlaceholder: "Skriv en kommentar och tryck på en status eller Kommentera",
    part: (i: number, total: number) => `Del ${i} av ${total}`,
    tooLong: "Listan är för lång för ett kort; skriv kommandot igen för att se allt.",
  },
  console: {
    quickActions: "Snabbval",
    toChannel: "till kanalen",
  },
  help: {
    coordinatorsOnly: " (samordnare)",
    topicHeading: (word: string) => `Hjälp: ${word}`,
    examples: (examples: readonly string[]) => `Exempel: ${examples.map((e) => `\`${e}\``).join(", ")}`,
    heading: "Det här kan jag",
    unknownTopic: (topic: string) => `Jag har ingen hjälp om ”${topic}”, men här är vad jag kan:`,
    /** After the most used commands in `hjälp`: the rest, area by area. */
    moreHeading: "Mer",
    areas: [
      "Aktiviteter: status, visa, lista, mina, ansvarig, deadline, ny aktivitet, ändra",
      "Möten: möte, möten, årshjul, agenda, närvaro",
      "Minnesanteckningar: närvarande, inbjuden, anteckning, beslut, uppdrag, arbetsgrupp, protokoll, protokollförare, invändning",
      "Uppföljning: rapport, mål, uppföljning, bedöm, lärdom",
      "Planer och medlemmar: planer, plan, ny plan, importera, medlemmar, ny medlem, roll, ta bort medlem, koppla",
      "Inställningar: påminnelser, agenda dagar, digest, tyst, språk",
      "Webben: webb, webb logga in, dölj",
    ] as readonly string[],
    moreHint:
      "Skriv `hjälp <ord>` för mer om ett kommando, till exempel `hjälp protokoll`, eller `hjälp alla` för allt.",
    footer: `Statusar: ${Object.values(STATUS).join(", ")}. Datum: 2027-03-15, 15/3, 15 mars, v12, idag, imorgon.`,
    bindHint: "Kanalen är inte kopplad till någon grupp än: en samordnare skriver `koppla`.",
    usageOr: " eller ",
    entries: {
      status_set: {
        usage: "status <nr> <status> [kommentar]",
        description: `Berätta hur det går med en aktivitet: ${Object.values(STATUS).slice(0, -1).join(", ")} eller struken.`,
        example: "status 13 klar Föreningsregistret är genomgånget",
      },
      status_show: {
        usage: "status <nr>",
        description: "Se senaste status och kommentarer för en aktivitet.",
        example: "status 13",
      },
      show: {
        usage: "visa <nr>",
        description: "Allt om en aktivitet: vad, vem som är ansvarig, deadline och status.",
        example: "visa 13",
      },
      list: {
        usage: "lista [mina | försenade | <status> | stad | civil | gemensamt | <princip>]",
        description:
          "Lista aktiviteterna, alla eller ett urval: dina, försenade, efter status (klara, pågår, ej påbörjade, pausade, strukna), part eller princip. `mina` räcker för dina egna.",
        example: "lista försenade",
      },
      owner: {
        usage: "ansvarig <nr> <person>",
        description:
          "Lägg till en ansvarig. Med minus framför namnet tar du bort en: `ansvarig 13 -Anna Fogel`.",
        example: "ansvarig 13 Anna Fogel",
      },
      deadline: {
        usage: "deadline <nr> <datum>",
        description:
          "Sätt när en aktivitet ska vara klar: 2027-03-15, 15/3, 15/3-27, 15.3.2027, 15 mars, torsdag 2 mars, fredag, nästa fredag, v12 (fredagen i vecka 12), idag eller imorgon. En deadline gäller hela dagen.",
        example: "deadline 13 15 mars",
      },
      meeting_create: {
        usage: "möte <datum> <tid> [plats]",
        description: "Boka gruppens nästa möte. Jag påminner och skickar agendan.",
        example: "möte 2 maj kl. 18-20 på Föreningarnas hus",
      },
      meeting_move: {
        usage: "möte flytta <nr|datum> till <datum> [tid] [plats]",
        description:
          "Flytta ett möte; numret är dess plats i `möten`. Tid och plats blir kvar om du inte skriver nya. Kanalen och kalendern får veta.",
        example: "möte flytta 1 till 9 maj kl. 18-20",
      },
      meeting_remove: {
        usage: "möte ta bort <nr|datum>",
        description:
          "Ställ in ett möte. Kanalen och kalendern får veta, och punkterna på dagordningen väntar till nästa möte.",
        example: "möte ta bort 8 feb",
      },
      meetings: { usage: "möten", description: "Se gruppens kommande möten, numrerade.", example: "möten" },
      agenda_show: { usage: "agenda", description: "Se agendan för nästa möte.", example: "agenda" },
      agenda_add: {
        usage: "agenda lägg till <text>",
        description: "Föreslå en punkt till nästa möte.",
        example: "agenda lägg till Riktlinjer för lokaler",
      },
      agenda_remove: {
        usage: "agenda ta bort <nr>",
        description:
          "Ta bort en föreslagen punkt; numret står framför den i `agenda`. Den som föreslog punkten och samordnare kan ta bort den.",
        example: "agenda ta bort 2",
      },
      agenda_done: {
        usage: "agenda klar <nr>",
        description: "Markera en föreslagen punkt som behandlad, så att den inte följer med till nästa möte.",
        example: "agenda klar 1",
      },
      agenda_move: {
        usage: "agenda flytta <nr> <plats>",
        description: "Flytta en punkt till en annan plats på dagordningen; 1 är först.",
        example: "agenda flytta 3 1",
      },
      agenda_defer: {
        usage: "agenda bordlägg <nr>",
        description: "Bordlägg en punkt: den tas upp på mötet efter nästa i stället.",
        example: "agenda bordlägg 2",
      },
      report: {
        usage: "rapport [<år>] [<princip>|stad|civil|gemensamt]",
        description:
          "Uppföljningen: status för aktiviteterna per princip, som underlag till den årliga statusrapporten. Med ett år: status vid årets slut; med en princip eller en part: bara den.",
        example: "rapport 2026 dialog",
      },
      report_file: {
        usage: "rapport [<år>] fil",
        description:
          "Uppföljningen som Excel-fil i kanalen (i Slack), med alla aktiviteter, historiken och en sammanfattning. Med ett år: årets statusrapport som Word-dokument. I terminalen skriver du filen med `npx lok export <fil.xlsx>`, eller rapporten med `npx lok export <fil.docx> --year <år>`.",
        example: "rapport 2026 fil",
      },
      help: {
        usage: "hjälp [kommando]",
        description: "Visa den här hjälpen, eller mer om ett kommando.",
        example: "hjälp status",
      },
      bind: {
        usage: "koppla [grupp]",
        description:
          "Koppla den här kanalen till en samverkansgrupp, så att jag vet vilken plan som gäller här.",
        example: "koppla Samverkansrådet Örebro",
      },
      language: {
        usage: "språk sv|en",
        description: "Välj om jag svarar gruppen på svenska eller engelska. Kommandona förstår jag på båda.",
        example: "språk en",
      },
      settings_show: {
        usage: "påminnelser",
        description: "Se när jag skickar påminnelser om deadlines, dagordningar och veckobrevet.",
        example: "påminnelser",
      },
      reminders_toggle: {
        usage: "påminnelser av|på",
        description: "Stäng av eller slå på gruppens påminnelser om deadlines.",
        example: "påminnelser av",
      },
      reminder_days: {
        usage: "påminnelser dagar <dagar>",
        description:
          "Hur många dagar före en deadline ägarna påminns; 0 är samma dag. Försenade påminns sedan varje vecka.",
        example: "påminnelser dagar 14,3,0",
      },
      agenda_days: {
        usage: "agenda dagar <antal>",
        description: "Hur många dagar före mötet jag lägger ut dagordningen i kanalen.",
        example: "agenda dagar 3",
      },
      digest_toggle: {
        usage: "digest av|på",
        description: "Stäng av eller slå på veckobrevet i kanalen (måndagar kl. 08.30).",
        example: "digest av",
      },
      quiet: {
        usage: "tyst [till <datum>]",
        description:
          "Pausa dina egna påminnelser, till exempel under semestern. Utan datum tills du skriver `tyst av`.",
        example: "tyst till 15 augusti",
      },
      quiet_off: { usage: "tyst av", description: "Slå på dina påminnelser igen.", example: "tyst av" },
      ...publishingHelpSv,
      ...activityEditHelpSv,
      ...plansHelpSv,
      ...planUploadHelpSv,
      ...membershipHelpSv,
      ...minutesHelpSv,
      ...attendanceHelpSv,
      ...meetingSeriesHelpSv,
      ...webAdminHelpSv,
      ...followUpHelpSv,
    },
  },
  permissions: {
    /** What a member may not do, after "Bara samordnare och administratörer kan …". */
    actions: {
      owner: "ändra vem som är ansvarig",
      deadline: "ändra en deadline",
      meeting_create: "lägga in möten",
      meeting_move: "flytta möten",
      meeting_series: "lägga in återkommande möten",
      agenda_remove: "ta bort andras punkter från dagordningen",
      agenda_done: "markera punkter som behandlade",
      agenda_move: "flytta punkter på dagordningen",
      agenda_defer: "bordlägga punkter",
      meeting_remove: "ställa in möten",
      bind: "koppla en kanal till en grupp",
      reminders_toggle: "slå på eller av gruppens påminnelser",
      reminder_days: "ändra när gruppens påminnelser skickas",
      agenda_days: "ändra när dagordningen skickas",
      digest_toggle: "slå på eller av veckobrevet",
      report_file: "ladda upp uppföljningen som fil",
      language: "byta gruppens språk",
      ...publishingActionsSv,
      ...activityEditActionsSv,
      ...plansActionsSv,
      ...planUploadActionsSv,
      ...membershipActionsSv,
      ...minutesActionsSv,
      ...followUpActionsSv,
    } as Record<string, string>,
  },
  arguments: {
    number: "nummer",
    person: "person",
    date: "datum",
    time: "tid",
    weekday: "veckodag (till exempel torsdag)",
    ofMonth: "”i månaden”",
    text: "text",
    agendaDays: (max: number) => `dagar före mötet (0–${max})`,
    reminderDays: (max: number) => `av, på eller dagar före deadline (0–${max}, till exempel 14,3,0)`,
    onOff: "av eller på",
    language: "sv eller en",
    webAction: "på, av, namn, kontakt eller licens",
    licence: "en licens (CC0-1.0, CC-BY-4.0 eller CC-BY-SA-4.0)",
    meeting: "mötets nummer i `möten` eller dess datum",
    newWhat: "vad som ska läggas till (aktivitet, plan eller medlem)",
    activityField:
      "vad som ska ändras: titel, beskrivning, princip, part, åtagande, ansvarig org, uppdragsbeställare, partner eller uppföljning",
    ...plansArgumentsSv,
    ...planUploadArgumentsSv,
    ...membershipArgumentsSv,
    ...minutesArgumentsSv,
  },
  errors: {
    empty: "Skriv ett kommando, till exempel `status 13 klar` eller `hjälp`.",
    unknownCommand: (word: string) => `Jag känner inte till ”${word}”.`,
    unknownCommandSuggest: (word: string, suggestion: string) =>
      `Jag känner inte till ”${word}”. Menade du \`${suggestion}\`?`,
    unknownCommandHint:
      "Skriv `hjälp` för att se vad jag kan, till exempel `status 13 klar`, `visa 13` eller `lista försenade`.",
    missingArgument: (argument: string, command: string) => `Det saknas ${argument} efter ”${command}”.`,
    write: (usage: string) => `Skriv: ${usage}`,
    badNumber: (given: string) => `”${given}” är inget aktivitetsnummer.`,
    badNumberHint: (usage: string) => `Skriv numret från handlingsplanen, till exempel: ${usage}`,
    badStatus: (given: string) => `”${given}” är ingen status jag känner till.`,
    badStatusSuggest: (given: string, suggestion: string) =>
      `”${given}” är ingen status jag känner till. Menade du ”${suggestion}”?`,
    badStatusHint: `Välj en av: ${Object.values(STATUS).join(", ")}. Till exempel: \`status 13 pågår\`.`,
    wrongWeekday: (given: string, date: string, weekday: string) =>
      `”${given}” går inte ihop: ${date} är en ${weekday}.`,
    wrongWeekdayHint: (weekday: string, date: string) =>
      `Skriv \`${weekday} ${date}\` om det är den dagen du menar, eller bara datumet.`,
    badDate: (given: string) => `Jag förstår inte datumet ”${given}”.`,
    badDateHint:
      "Skriv till exempel 2027-03-15, 15/3, 15/3-27, 15.3.2027, 15 mars, fredag, nästa fredag, v12 (fredagen i vecka 12), idag eller imorgon.",
    badTime: (given: string) => `Jag förstår inte tiden ”${given}”.`,
    badTimeHint: "Skriv till exempel 18, 18:00, kl. 18-20 eller 18:00-20:00.",
    badFilter: (given: string) => `Jag kan inte lista ”${given}”.`,
    badFilterHint:
      "Skriv `lista`, `lista mina`, `lista försenade`, `lista klara` (eller en annan status), `lista stad`, `lista civil`, `lista gemensamt` eller `lista <princip>`.",
    tooLong: (length: number, max: number) => `Texten är ${length} tecken lång; jag tar emot högst ${max}.`,
    tooLongComment: "Korta ner kommentaren, eller dela upp den i flera uppdateringar.",
    tooLongAgenda: "Korta ner punkten.",
    tooLongName: "Korta ner texten.",
    tooLongContact: "Korta ner kontakten till ett namn och en adress eller ett telefonnummer.",
    activityNotFound: (n: number, plan: string, ranges: string) =>
      `Aktivitet ${n} finns inte i ${plan}; det finns ${ranges}.`,
    activityNotFoundEmpty: (n: number, plan: string) =>
      `Aktivitet ${n} finns inte: ${plan} har inga aktiviteter än.`,
    listHint: "Skriv `lista` för att se alla aktiviteter.",
    noPlan: (group: string) => `${group} har ingen handlingsplan i LÖK-boten än.`,
    noPlanHint:
      "En samordnare kan läsa in planen med `npx lok import <fil.xlsx> --group <grupp>`, eller demoplanen med `npx lok demo`.",
    noGroup: "Det finns ingen samverkansgrupp än.",
    noGroupHint: "Läs in demon med `npx lok demo`, eller en plan med `npx lok import`.",
    groupNotFound: (query: string) => `Jag hittar ingen grupp som heter ”${query}”.`,
    groupsAre: (groups: readonly string[]) => `Grupperna är: ${join(groups)}.`,
    groupRequired: (groups: readonly string[]) =>
      `Det finns flera grupper: ${join(groups)}. Vilken ska kanalen kopplas till?`,
    groupRequiredHint: (example: string) => `Skriv till exempel \`koppla ${example}\`.`,
    groupPlaceholder: "<grupp>",
    notBound: "Den här kanalen är inte kopplad till någon samverkansgrupp än.",
    notBoundHint:
      "En samordnare kopplar den med `koppla` (eller `koppla <gruppens namn>` om det finns flera grupper).",
    notAllowed: (action: string) => `Bara samordnare och administratörer kan ${action}.`,
    notAllowedAsk: (names: readonly string[]) =>
      `Be gruppens samordnare, ${join(names)}, att göra det. Status rapporterar du själv med \`status <nr> <status>\`.`,
    notAllowedHint:
      "Be en samordnare i gruppen att göra det, eller rapportera status med `status <nr> <status>`.",
    memberNotFound: (query: string) => `Jag hittar ingen medlem som heter ”${query}”.`,
    memberSuggest: (names: readonly string[]) => `Menade du ${join(names.map((s) => `”${s}”`))}?`,
    memberNotFoundHint: "Skriv namnet som det står i gruppen, eller personens e-postadress.",
    memberAmbiguous: (query: string, names: readonly string[]) =>
      `”${query}” passar flera medlemmar: ${join(names)}.`,
    memberAmbiguousHint: "Skriv hela namnet eller e-postadressen.",
    principleNotFound: (query: string) => `Jag hittar ingen princip som heter ”${query}”.`,
    principlesAre: (names: readonly string[], example: string) =>
      `Principerna i planen är: ${join(names)}. Skriv till exempel \`lista ${example}\`.`,
    noPrinciples: "Planen har inga principer inlagda.",
    meetingInPast: (when: string) => `${when} har redan varit.`,
    meetingInPastHint: "Skriv ett datum framåt i tiden, till exempel `möte 2 maj 18-20 Föreningarnas hus`.",
    meetingExists: (meeting: string) => `Det finns redan ett möte då: ${meeting}. Jag lade inte in ett till.`,
    meetingExistsHint: "Ett nytt möte behöver en annan tid; `möten` visar de inlagda.",
    agendaPointNotFound: (n: number, count: number) =>
      count === 0
        ? "Inga punkter är föreslagna till nästa möte."
        : `Dagordningen har ${count === 1 ? "en föreslagen punkt" : `${count} föreslagna punkter`}, ingen med nummer ${n}.`,
    agendaPointNotFoundHint: "`agenda` visar punkterna med sina nummer.",
    meetingNotFound: (what: string) => `Jag hittar inget kommande möte ${what}.`,
    meetingNumber: (n: number) => `med nummer ${n}`,
    meetingOnDate: (date: string) => `den ${date}`,
    meetingsAre: (meetings: readonly string[]) =>
      meetings.length ? `De kommande är: ${meetings.join("; ")}.` : "Inga möten är inlagda framåt.",
    meetingAmbiguous: (date: string, meetings: readonly string[]) =>
      `Det finns flera möten den ${date}: ${meetings.join("; ")}.`,
    meetingAmbiguousHint: "Skriv mötets nummer från `möten` i stället, till exempel `möte ta bort 2`.",
    databaseUnreachableNow: "Jag når inte databasen just nu, så ingenting ändrades.",
    tryAgainSoon: "Försök igen om en liten stund.",
    diskFull: "Databasens disk är full, så jag kunde inte spara det. Ingenting ändrades.",
    diskFullHint:
      "Säg till den som driver LÖK-boten hos er. När det finns plats igen fungerar allt som vanligt.",
    internal: "Något gick fel hos mig, och ingenting ändrades.",
    internalHint: "Försök igen om en stund. Händer det igen, säg till en samordnare.",
  },
  startup: {
    unreachable: {
      refused: "servern tar inte emot anslutningar.",
      not_found: "värden finns inte.",
      auth: "användaren eller lösenordet godtogs inte.",
      no_database: "databasen finns inte på servern.",
      timeout: "servern svarade inte i tid.",
    },
    /** "Anna, Helena, … och 12 till": a list that stays readable however many there are. */
    someNames: (names: readonly string[], max = 20) =>
      names.length <= max ? join(names) : `${names.slice(0, max).join(", ")} och ${names.length - max} till`,
    chooseMember: (names: string, first: string) =>
      `Medlemmarna är ${names}. Välj en, till exempel LOK_USER="${first}".`,
    noMembers: "Gruppen har inga medlemmar än.",
    groupUnknown: (query: string) => `LOK_GROUP="${query}": det finns ingen grupp som heter så.`,
    groupUnknownHint: (names: string, first: string) =>
      `Grupperna är ${names}. Välj en, till exempel LOK_GROUP="${first}", eller ta bort LOK_GROUP för att använda den första.`,
    userBlank: (group: string) => `LOK_USER är tomt, så jag vet inte vem som skriver i ${group}.`,
    userBlankHint: (choose: string) => `${choose} Utan LOK_USER skriver du som gruppens samordnare.`,
    userUnknown: (query: string, group: string, suggestions: readonly string[]) =>
      `LOK_USER="${query}": ${group} har ingen medlem som heter så${suggestions.length ? `. Menade du ${join(suggestions)}?` : "."}`,
    userUnknownHint: (choose: string) =>
      `${choose} Ingen ny medlem läggs till härifrån: nya medlemmar kommer med när de skriver till mig i Slack eller Teams, eller i planens kolumn för ansvarig person.`,
    userAmbiguous: (query: string, group: string, names: readonly string[]) =>
      `LOK_USER="${query}" passar flera i ${group}: ${join(names)}.`,
    userAmbiguousHint: (first: string) => `Skriv hela namnet, till exempel LOK_USER="${first}".`,
    databaseNoSpace: (dir: string) => `Databasen i ${dir} kan inte starta: disken är full.`,
    databaseNoSpaceHint:
      "Frigör utrymme på disken och försök igen. Inget av det som redan är sparat har gått förlorat.",
    databaseBusy: (dir: string) =>
      `Databasen i ${dir} används av en annan LÖK-boten-process som inte svarar.`,
    databaseBusyHint: "Vänta tills den har startat klart, eller stoppa den och försök igen.",
    databaseOlder: (dir: string) =>
      `Databasen i ${dir} används av en LÖK-boten-process med en äldre version, som saknar den här versionens databasändringar.`,
    databaseOlderHint: "Starta om den processen (så att den kör den här versionen) och försök igen.",
    databaseUnreachable: (where: string, reason: string) => `Jag når inte PostgreSQL (${where}): ${reason}`,
    databaseUnreachableHint: "Kontrollera DATABASE_URL och att servern är igång, och försök igen.",
  },
  settings: {
    heading: "Påminnelser, dagordning och veckobrev",
    off: "av",
    on: "på",
    onTheDay: "på dagen",
    daysBefore: (d: number) => `${plural(d, "dag", "dagar")} före`,
    overdueWeekly: (every: number) =>
      every === 7
        ? "sedan en gång i veckan så länge den är försenad"
        : `sedan var ${every}:e dag så länge den är försenad`,
    deadlineReminders: "Påminnelser om deadline",
    agendaBefore: "Dagordning före möten",
    meetingDay: "Påminnelse på mötesdagen",
    digest: "Veckobrev",
    atTime: (time: string) => `kl. ${time}`,
    weekendNote:
      "Infaller något på en helg eller röd dag skickas det vardagen före (veckobrevet vardagen efter).",
    howToChange:
      "Samordnare ändrar med `påminnelser av|på`, `påminnelser dagar 14,3,0`, `agenda dagar 3` och `digest av|på`. Alla kan pausa sina egna med `tyst till <datum>`.",
    agendaDays: (d: number) => (d === 0 ? "på mötesdagen" : `${plural(d, "dag", "dagar")} före mötet`),
    remindersOn: (days: string) => `Påminnelser om deadline är på: ${days}.`,
    remindersOff: "Påminnelser om deadline är av. Veckobrevet och dagordningen kommer som vanligt.",
    reminderDays: (days: string) => `Påminnelser om deadline skickas nu ${days}.`,
    agendaDaysChanged: (days: string) => `Dagordningen skickas nu ${days}.`,
    digestOn: "Veckobrevet är på.",
    digestOff: "Veckobrevet är av.",
    remindersAlreadyOn: (days: string) => `Påminnelser om deadline är redan på: ${days}.`,
    remindersAlreadyOff: "Påminnelser om deadline är redan av.",
    reminderDaysAlready: (days: string) => `Påminnelser om deadline skickas redan ${days}.`,
    agendaDaysAlready: (days: string) => `Dagordningen skickas redan ${days}.`,
    digestAlreadyOn: "Veckobrevet är redan på.",
    digestAlreadyOff: "Veckobrevet är redan av.",
    quietForever: "Dina påminnelser är pausade tills du skriver `tyst av`.",
    quietUntil: (date: string) => `Dina påminnelser är pausade till och med ${date}.`,
    quietAlreadyForever: "Dina påminnelser är redan pausade tills du skriver `tyst av`.",
    quietAlreadyUntil: (date: string) => `Dina påminnelser är redan pausade till och med ${date}.`,
    quietDroppedTime: (clock: string) => `Pausen gäller hela dagar, så klockslaget ${clock} sparades inte.`,
    quietChannelNote: "Dagordningar och veckobrev i kanalen kommer som vanligt. `tyst av` slår på dem igen.",
    quietAlreadyOff: "Dina påminnelser är redan på.",
    quietOff: "Välkommen tillbaka! Dina påminnelser är på igen.",
    quietInPast: (date: string) => `${date} har redan varit.`,
    quietInPastHint: "Skriv ett datum framåt, till exempel `tyst till 15 augusti`, eller `tyst av`.",
  },
  meetings: {
    line: (when: string, clock: string, place?: string) => `${when} ${clock}${place ? `, ${place}` : ""}`,
    agendaHint: "Föreslå punkter till dagordningen med `agenda lägg till <text>`; `agenda` visar den.",
    created: (title: string, line: string) => `Mötet är inlagt: ${title}, ${line}.`,
    exists: (title: string, line: string) => `Mötet finns redan: ${title}, ${line}.`,
    removed: (meeting: string) =>
      `Mötet är inställt: ${meeting}. Punkterna på dess dagordning väntar till nästa möte.`,
    removedAnnouncement: (meeting: string) => `🚫 Mötet är inställt: ${meeting}.`,
    moved: (title: string, from: string, to: string) =>
      `Mötet är flyttat: ${title}, från ${from} till ${to}.`,
    movedAnnouncement: (title: string, from: string, to: string) =>
      `📅 Mötet är flyttat: ${title}, från ${from} till ${to}.`,
    unmoved: (title: string, line: string) => `Mötet är redan då: ${title}, ${line}. Inget ändrades.`,
    upcoming: "Kommande möten",
    none: "Inga möten är inlagda framåt. En samordnare lägger in ett med `möte <datum> <tid> [plats]`.",
    latest: (title: string, line: string) => `Senaste mötet: ${title}, ${line}.`,
  },
  agenda: {
    pointRemoved: (text: string) => `Punkten ”${text}” är borttagen från dagordningen.`,
    pointDone: (text: string) => `Punkten ”${text}” är markerad som behandlad.`,
    alreadyHandled: (text: string) => `Punkten ”${text}” är redan behandlad.`,
    /** After a point handled at the meeting being held, in `agenda`. */
    handledMark: "✓ behandlad",
    heading: (title: string, date: string) => `Dagordning: ${title} ${date}`,
    headingNext: "Dagordning för nästa möte",
    noMeeting: "Inget möte är inlagt än; punkterna väntar till nästa möte.",
    previousMinutes: "Föregående minnesanteckningar",
    fromMeeting: (title: string, date: string) => `Från ${title} ${date}`,
    noPreviousMinutes: "Inga tidigare minnesanteckningar.",
    proposed: "Föreslagna punkter",
    noProposed: "Inga punkter är föreslagna. Lägg till med `agenda lägg till <text>`.",
    changed: "Aktiviteter med ändrad status sedan förra mötet",
    noChanged: "Ingen aktivitet har ändrat status.",
    overdue: "Försenade aktiviteter",
    noOverdue: "Inga aktiviteter är försenade.",
    dueBeforeNext: "Ska vara klart före nästa möte",
    noDueBeforeNext: "Inga deadlines före nästa möte.",
    other: "Övriga frågor",
    next: "Nästa möte",
    nextDecided: "Bestäms på mötet.",
    added: (text: string, title: string, date: string) =>
      `Punkten ”${text}” står nu på dagordningen till ${title} ${date}.`,
    addedNext: (text: string) =>
      `Punkten ”${text}” är sparad och kommer med på dagordningen till nästa möte.`,
    waiting: (text: string, title: string, date: string) =>
      `Punkten ”${text}” står redan på dagordningen till ${title} ${date}.`,
    waitingNext: (text: string) => `Punkten ”${text}” står redan på dagordningen till nästa möte.`,
    /** The missing text after `agenda lägg till` names the whole command. */
    addCommand: "agenda lägg till",
  },
  scheduler: {
    dueToday: (date: string) => `har deadline i dag (${date})`,
    dueTomorrow: (date: string) => `har deadline i morgon (${date})`,
    dueIn: (days: number, date: string) => `har deadline om ${days} dagar, ${date}`,
    wasDue: (date: string, daysAgo: number) =>
      `skulle ha varit klar ${date} (för ${plural(daysAgo, "dag", "dagar")} sedan)`,
    quietHint: "Ledig? `tyst till <datum>` pausar dina påminnelser.",
    reminder: (n: number, when: string) => `Påminnelse: aktivitet ${n} ${when}.`,
    howIsItGoing: (n: number) =>
      `Hur går det? Svara med en knapp eller skriv till exempel \`status ${n} pågår <kommentar>\`.`,
    followUp: (title: string, date: string, n: number) =>
      `Efter ${title} ${date}: aktivitet ${n} är försenad. Vill du berätta hur det går?`,
    followUpMany: (title: string, date: string, count: number) =>
      `Efter ${title} ${date}: ${count} aktiviteter som du är ansvarig för är försenade. Vill du berätta hur det går?`,
    followUpHint:
      "Svara med `status <nr> <status> [kommentar]`, till exempel `status 12 pågår Vi har börjat`.",
    meetingDay: (title: string, line: string) => `I dag har ${title} möte: ${line}.`,
    meetingDayNote:
      "Dagordningen: skriv `agenda`. Sista chansen att föreslå en punkt: `agenda lägg till <text>`.",
    digestHeading: (group: string, week: string) => `Veckans läge för ${group} (${week})`,
    digestDueSoon: (days: number) => `Deadline inom ${plural(days, "dag", "dagar")}`,
    digestOverdue: "Försenade",
    digestUpdated: "Uppdaterade sedan förra veckan",
    digestNextMeeting: (title: string, line: string) => `Nästa möte: ${title}, ${line}.`,
    digestHint: "Rapportera med `status <nr> <status> [kommentar]`; `lista mina` visar dina.",
    addressed: (name: string) => `Till ${name}:`,
    agendaPost: (title: string, date: string) =>
      `Dagordningen till ${title} ${date}. Föreslå fler punkter med \`agenda lägg till <text>\`.`,
    agendaPostNext: "Dagordningen till nästa möte.",
  },
  report: {
    noPrinciple: "Utan princip",
    total: "Totalt",
    counts: (parts: readonly string[], donePercent: number, overdue: number) =>
      `${parts.join(", ")} — ${donePercent} % klara${overdue ? `, ${plural(overdue, "försenad", "försenade")}` : ""}`,
    heading: (plan: string) => `Uppföljning av ${plan}`,
    overdue: (n: number) => `Försenade (${n})`,
    noOverdue: "Inga aktiviteter är försenade.",
    recentlyDone: (days: number, n: number) => `Klara de senaste ${days} dagarna (${n})`,
    noRecentlyDone: "Ingen aktivitet har blivit klar den senaste månaden.",
    fileName: (slug: string, today: string) => `uppfoljning-${slug}-${today}.xlsx`,
    fileFallback: (command: string) =>
      `Excel-filen med alla aktiviteter och historiken skriver du i terminalen, i LÖK-botens mapp, med \`${command}\`.`,
    fileTitle: (plan: string) => `Uppföljning av ${plan}`,
    fileComment: (plan: string, by: string) => `Uppföljningen av ${plan}, beställd av ${by}.`,
  },
  exports: exportsSv,
  delivery: deliverySv,
  config: configSv,
  cli: cliSv,
};

export type Messages = typeof sv;
