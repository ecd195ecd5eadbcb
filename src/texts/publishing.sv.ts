// Publishing the group's plan on the public web page from chat, in Swedish: `webb …` and `dölj …`.
// The help entries and the refusals' actions are mounted in sv.ts's `help` and `permissions`.

/** "Anna, Helena och Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} och ${items[items.length - 1]}`;
}

export const publishingSv = {
  heading: "Gruppens webbsida",
  fields: {
    address: "Adress",
    published: "Publicerad",
    names: "Namn på personer",
    contact: "Kontakt",
    licence: "Licens för öppna data",
  },
  yes: "ja",
  no: "nej",
  namesShown: "visas",
  namesHidden: "visas inte",
  noContact: "ingen angiven",
  notYet: "Sidan har inte publicerats än; den får sin adress första gången en samordnare skriver `webb på`.",
  howToChange:
    "Samordnare ändrar med `webb på|av`, `webb namn på|av`, `webb kontakt <text>` och `webb licens <id>`. `dölj <nr> <datum>` tar bort en kommentar från sidan.",
  on: (url: string) => `Gruppens webbsida är nu publicerad: ${url}`,
  onNote:
    "Sidan visar planen, aktiviteternas status och kommentarerna, men inga namn på personer förrän ni skriver `webb namn på`.",
  alreadyOn: (url: string) => `Gruppens webbsida är redan publicerad: ${url}`,
  off: (url: string) =>
    `Gruppens webbsida är inte längre publicerad. Slår ni på den igen får den samma adress: ${url}`,
  alreadyOff: "Gruppens webbsida är redan avstängd.",
  namesOn: "Nu visar webbsidan namnen på de ansvariga och på dem som har skrivit kommentarerna.",
  namesOff: "Nu visar webbsidan inga namn på personer, bara förvaltningar, föreningar och parter.",
  namesAlreadyOn: "Webbsidan visar redan namnen på personer.",
  namesAlreadyOff: "Webbsidan visar redan inga namn på personer.",
  contactSet: (contact: string) => `Webbsidan anger nu kontakten ${contact}.`,
  contactCleared: "Webbsidan anger ingen kontakt längre.",
  contactAlready: (contact: string) => `Webbsidan anger redan kontakten ${contact}.`,
  contactAlreadyNone: "Webbsidan anger redan ingen kontakt.",
  licenceSet: (licence: string) => `De öppna data publiceras nu under licensen ${licence}.`,
  licenceAlready: (licence: string) => `De öppna data publiceras redan under licensen ${licence}.`,
  licenceUnknown: (given: string) => `”${given}” är ingen licens jag kan publicera öppna data under.`,
  licenceChoices: (ids: readonly string[]) =>
    `Välj en av ${join(ids.map((id) => `\`${id}\``))}, till exempel \`webb licens ${ids[0] ?? ""}\`.`,
  hidden: (n: number, count: number, date: string) =>
    count === 1
      ? `Kommentaren till aktivitet ${n} från ${date} visas inte längre på webbsidan.`
      : `De ${count} kommentarerna till aktivitet ${n} från ${date} visas inte längre på webbsidan.`,
  hiddenNote: (count: number): string =>
    count === 1
      ? "Den finns kvar i gruppens historik i chatten."
      : "De finns kvar i gruppens historik i chatten.",
  alreadyHidden: (n: number, date: string) =>
    `Kommentarerna till aktivitet ${n} från ${date} visas redan inte på webbsidan.`,
  nothingToHide: (n: number, date: string) =>
    `Aktivitet ${n} har ingen kommentar från ${date}, så det finns inget att dölja.`,
  nothingToHideHint: (n: number) => `Skriv \`status ${n}\` för att se kommentarerna och deras datum.`,
};

export const publishingHelpSv = {
  web_show: {
    usage: "webb",
    description: "Se adressen till gruppens webbsida och vad den visar: namn, kontakt och licens.",
    example: "webb",
  },
  web_toggle: {
    usage: "webb på|av",
    description:
      "Publicera gruppens handlingsplan på en öppen webbsida, eller ta bort den. Adressen står i svaret.",
    example: "webb på",
  },
  web_names: {
    usage: "webb namn på|av",
    description:
      "Visa eller dölj namnen på personer på webbsidan. Utan det visas bara organisationer och parter.",
    example: "webb namn på",
  },
  web_contact: {
    usage: "webb kontakt <text>",
    description: "Vem som publicerar sidan och hur man når er; `webb kontakt av` tar bort den.",
    example: "webb kontakt Samverkansrådet, info@example.org",
  },
  web_licence: {
    usage: "webb licens <id>",
    description: "Licensen för de öppna data: CC0-1.0, CC-BY-4.0 eller CC-BY-SA-4.0.",
    example: "webb licens CC-BY-4.0",
  },
  hide: {
    usage: "dölj <nr> <datum>",
    description:
      "Ta bort kommentarerna från en dag till en aktivitet från webbsidan. De finns kvar i historiken i chatten.",
    example: "dölj 13 20 nov",
  },
};

/** After "Bara samordnare och administratörer kan …". */
export const publishingActionsSv = {
  web_toggle: "publicera eller avpublicera gruppens webbsida",
  web_names: "ändra om webbsidan visar namn",
  web_contact: "ändra webbsidans kontakt",
  web_licence: "ändra licensen för de öppna data",
  hide: "dölja kommentarer på webbsidan",
};
