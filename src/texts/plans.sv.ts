// The group's plans and periods from chat, in Swedish: `planer`, `plan <namn>` and `ny plan …`.
// The help entries, the refusals' actions and the missing arguments are mounted in sv.ts.

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "A, B och C" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

export const plansSv = {
  heading: "Gruppens planer",
  /** One plan in the list: its name, its period (already written as dates) and whether it is active. */
  line: (name: string, period: string | undefined, active: boolean) =>
    `${name}${period ? `: ${period}` : ""}${active ? " (aktiv)" : ""}`,
  period: (from: string, to: string) => `${from} – ${to}`,
  none: "Gruppen har ingen plan än. En samordnare börjar en med `ny plan <namn> <från> <till>`.",
  howToChange:
    "Samordnare byter aktiv plan med `plan <namn>` och börjar en ny period med `ny plan <namn> <från> <till> [överför]`.",
  activated: (name: string) =>
    `Nu är ${name} gruppens aktiva plan. Status, deadlines och ansvariga med aktivitetsnummer gäller den planen.`,
  activatedFrom: (previous: string) => `Förut var ${previous} aktiv; den finns kvar och kan väljas igen.`,
  alreadyActive: (name: string) => `${name} är redan gruppens aktiva plan.`,
  notFound: (query: string) => `Gruppen har ingen plan som heter ”${query}”.`,
  ambiguous: (query: string, names: readonly string[]) =>
    `”${query}” passar flera planer: ${join(names.map((n) => `”${n}”`))}.`,
  choose: (names: readonly string[]) =>
    `Gruppens planer är ${join(names)}. Skriv till exempel \`plan ${names[0] ?? "<namn>"}\`.`,
  created: (name: string, period: string) => `Ny plan: ${name} (${period}). Den är nu gruppens aktiva plan.`,
  principlesCopied: (previous: string, n: number) =>
    n === 0
      ? `${previous} hade inga principer att ta med.`
      : `Den har samma ${plural(n, "princip", "principer")} som ${previous}.`,
  carried: (previous: string, n: number) =>
    n === 0
      ? `Alla aktiviteter i ${previous} är klara eller strukna, så det fanns inget att föra över.`
      : `${plural(n, "aktivitet", "aktiviteter")} från ${previous} som varken är klara eller strukna fördes över, med samma nummer, ansvariga och status.`,
  carryHint: (previous: string, n: number, command: string) =>
    `${previous} har ${plural(n, "aktivitet", "aktiviteter")} som varken är klara eller strukna. Skriv \`${command}\` för att föra över dem.`,
  /** The line that carries the open activities into a plan just made without them. */
  carryCommand: (name: string, from: string, to: string) => `ny plan "${name}" ${from} ${to} överför`,
  exists: (name: string) => `Det finns redan en plan som heter ${name}.`,
  existsHint: (name: string) => `Skriv \`plan ${name}\` för att byta till den, eller välj ett annat namn.`,
  badPeriod: (from: string, to: string) => `Perioden kan inte sluta (${to}) innan den börjar (${from}).`,
  badPeriodHint: "Skriv till exempel `ny plan Handlingsplan 2025–2026 2025 2026`.",
  noEarlier: "Gruppen hade ingen aktiv plan, så det fanns inget att föra över.",
  /** On an activity's card: the activity of an earlier plan it carries on. */
  continues: (plan: string, number: number) => `Den här aktiviteten fortsätter ${plan} nr ${number}.`,
  announceActivated: (name: string, by: string) => `📋 ${by} bytte gruppens aktiva plan till ${name}.`,
  announceCreated: (name: string, by: string) => `📋 ${by} började en ny plan: ${name}. Den är nu aktiv.`,
};

export const plansHelpSv = {
  plans: {
    usage: "planer",
    description: "Se gruppens planer, deras perioder och vilken som är aktiv.",
    example: "planer",
  },
  plan_activate: {
    usage: "plan <namn>",
    description:
      "Gör en annan plan till gruppens aktiva. Status, deadlines och ansvariga gäller alltid den aktiva planen. En del av namnet räcker.",
    example: "plan 2017",
  },
  plan_new: {
    usage: "ny plan <namn> <från> <till> [överför]",
    description:
      "Börja en ny period: planen blir aktiv och får samma principer. Med `överför` följer aktiviteterna som inte är klara eller strukna med.",
    example: "ny plan Handlingsplan 2025–2026 2025 2026 överför",
  },
};

/** After "Bara samordnare och administratörer kan …". */
export const plansActionsSv = {
  plan_activate: "byta gruppens aktiva plan",
  plan_new: "börja en ny plan",
};

/** After "Det saknas …". */
export const plansArgumentsSv = {
  planName: "planens namn",
  period: "från- och tilldatum (till exempel 2025 2026 eller 1 jan 2025 31 dec 2026)",
};
