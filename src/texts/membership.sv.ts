// Members and roles from chat, in Swedish: `medlemmar`, `ny medlem`, `ta bort medlem`, `roll` and
// `koppla ny`. The help entries and the missing arguments are mounted in sv.ts's `help` and `arguments`.

/** "Anna, Helena och Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

/** "Anna Fogel eller Helena Astvald" */
function either(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} eller ${items[items.length - 1]}`;
}

export const membershipSv = {
  heading: (group: string) => `Medlemmar i ${group}`,
  /** "Anna Fogel, Örebro kommun – samordnare" */
  member: (name: string, role: string, organisation?: string) =>
    organisation ? `${name}, ${organisation} – ${role}` : `${name} – ${role}`,
  /** What follows a member's line: where they can be reached. */
  reachedOn: (where: readonly string[]) => `nås i ${join(where)}`,
  notReached: "har inte skrivit till mig än",
  /** A member's line and where they are reached. */
  withReach: (who: string, reach: string) => `${who}; ${reach}`,
  email: (address: string) => `e-post ${address}`,
  platforms: { slack: "Slack", teams: "Teams", "teams-aad": "Teams", console: "konsolen" } as Record<
    string,
    string
  >,
  formerHeading: "Tidigare medlemmar",
  former: (name: string, date: string) => `${name} (slutade ${date})`,
  privateNote: "Listan visas bara för dig.",
  howToChange:
    "Samordnare ändrar med `ny medlem <namn>, <organisation>`, `ta bort medlem <namn>` och `roll <namn> samordnare|medlem`.",
  added: (name: string, organisation?: string) =>
    organisation ? `${name} (${organisation}) är nu medlem i gruppen.` : `${name} är nu medlem i gruppen.`,
  addedNote: (name: string) =>
    `${name} kan nu bli ansvarig med \`ansvarig <nr> ${name}\`. Med e-postadressen (\`ny medlem <namn>, <organisation>, <e-post>\`) känner jag igen personen när hen skriver från Slack eller Teams.`,
  addedWithEmailNote: (name: string) =>
    `${name} kan nu bli ansvarig med \`ansvarig <nr> ${name}\`, och jag känner igen personen på e-postadressen när hen skriver från Slack eller Teams.`,
  back: (name: string) => `${name} är medlem i gruppen igen.`,
  backNote: "Personens tidigare historik finns kvar, och påminnelserna kommer igen.",
  exists: (name: string) => `Det finns redan en medlem som heter ${name}.`,
  existsHint:
    "Skriv `medlemmar` för att se alla. Är det en annan person, skriv namnet så att det skiljer sig, till exempel med hela efternamnet.",
  emailTaken: (email: string, name: string) => `E-postadressen ${email} hör redan till ${name}.`,
  emailTakenHint: "Lägg till personen utan e-postadress, eller med en annan.",
  removed: (name: string) => `${name} är inte längre medlem i gruppen.`,
  removedNote: (name: string) =>
    `Historiken finns kvar, men ${name} får inga påminnelser och kan inte bli ansvarig för nya aktiviteter. \`ny medlem ${name}\` gör personen till medlem igen.`,
  stillOwner: (name: string, numbers: string) =>
    `${name} står fortfarande som ansvarig för ${numbers}; byt med \`ansvarig <nr> <namn>\` och \`ansvarig <nr> -${name}\`.`,
  activities: (numbers: readonly number[]) =>
    numbers.length === 1 ? `aktivitet ${numbers[0]}` : `aktiviteterna ${join(numbers.map(String))}`,
  alreadyFormer: (name: string) => `${name} är redan en tidigare medlem.`,
  roleChanged: (name: string, role: string) => `${name} är nu ${role} i gruppen.`,
  roleAlready: (name: string, role: string) => `${name} är redan ${role}.`,
  coordinatorsOnly: (action: string) => `Bara samordnare och administratörer kan ${action}.`,
  actions: {
    add: "lägga till medlemmar",
    remove: "ta bort medlemmar",
    role: "ändra någons roll",
  },
  adminsOnly: "Bara en administratör kan göra någon till administratör eller ändra en administratörs roll.",
  askCoordinators: (names: readonly string[]) =>
    names.length ? `Fråga ${either(names)}.` : "Fråga den som driver LÖK-boten hos er.",
  askAdmins: (names: readonly string[]) =>
    names.length
      ? `Fråga ${either(names)}.`
      : "Fråga den som driver LÖK-boten hos er; administratörerna står i LOK_ADMINS.",
  lastCoordinator: (name: string) =>
    `${name} är gruppens sista samordnare, och gruppen behöver minst en samordnare eller administratör.`,
  lastCoordinatorHint: "Gör först någon annan till samordnare med `roll <namn> samordnare`.",
  lastAdmin: (name: string) => `${name} är gruppens sista administratör och kan inte lämna den rollen själv.`,
  lastAdminHint: "Gör först någon annan till administratör med `roll <namn> admin`.",
  formerMember: (group: string) =>
    `Du är inte längre medlem i ${group}, så jag gör ingenting av det du skrev.`,
  formerMemberHint: (names: readonly string[]) =>
    names.length
      ? `Vill du vara med igen, fråga ${either(names)}.`
      : "Vill du vara med igen, fråga den som driver LÖK-boten hos er.",
  groupCreated: (group: string) => `Jag har skapat gruppen ${group} och kopplat den här kanalen till den.`,
  groupCreatedNote: (group: string) =>
    `Nästa steg: läs in handlingsplanen med \`npx lok import <fil.xlsx> --group "${group}"\`, lägg till medlemmar med \`ny medlem <namn>, <organisation>\` och gör någon till samordnare med \`roll <namn> samordnare\`.`,
  groupExists: (group: string) => `Det finns redan en grupp som heter ${group}.`,
  groupExistsHint: (group: string) => `Skriv \`koppla ${group}\` för att koppla kanalen till den.`,
  newGroupAdminsOnly: "Bara administratörer kan skapa nya grupper.",
  newGroupAdminsOnlyHint:
    "Administratörerna står i LOK_ADMINS. Finns gruppen redan kopplar en samordnare kanalen med `koppla <gruppens namn>`.",
  channelTaken: (group: string) =>
    `Den här kanalen är redan kopplad till ${group}, så jag skapade ingen ny grupp.`,
  channelTakenHint: "Skriv `koppla ny <namn>` i en kanal som inte är kopplad än.",
};

export const membershipHelpSv = {
  members: {
    usage: "medlemmar",
    description:
      "Se alla i gruppen: organisation, roll och var de nås (Slack, Teams, e-post). Svaret visas bara för dig.",
    example: "medlemmar",
  },
  member_add: {
    usage: "ny medlem <namn>[, <organisation>][, <e-post>]",
    description: "Lägg till en medlem i gruppen, så att hen kan bli ansvarig för aktiviteter.",
    example: "ny medlem Karin Berg, Örebro kommun",
  },
  member_remove: {
    usage: "ta bort medlem <namn>",
    description:
      "Gör någon till tidigare medlem: historiken finns kvar, men inga påminnelser och inga nya aktiviteter.",
    example: "ta bort medlem Tina Modin",
  },
  member_role: {
    usage: "roll <namn> samordnare|medlem|admin",
    description:
      "Ändra någons roll. Samordnare gör andra till samordnare eller medlemmar; bara en administratör gör någon till administratör.",
    example: "roll Tina Modin samordnare",
  },
  bind_new: {
    usage: "koppla ny <gruppens namn>",
    description:
      "Skapa en ny grupp och koppla kanalen till den (bara administratörer, i en kanal som inte är kopplad).",
    example: "koppla ny Samverkansrådet Karlstad",
  },
};

/** After "Bara samordnare och administratörer kan …". */
export const membershipActionsSv = {
  member_add: "lägga till medlemmar",
  member_remove: "ta bort medlemmar",
  member_role: "ändra någons roll",
  bind_new: "skapa nya grupper",
};

export const membershipArgumentsSv = {
  memberName: "namn",
  memberRole: "roll (samordnare, medlem eller admin)",
  groupName: "gruppens namn",
};
