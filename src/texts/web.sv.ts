// The public web page in Swedish: the frame every page shares. Pages add their own texts here.
export const webSv = {
  skipLink: "Hoppa till innehållet",
  siteName: "LÖK-boten",
  footer: {
    accessibility: "Tillgänglighetsredogörelse",
    publishedBy: (contact: string) => `Publiceras av ${contact}`,
    openData: "Öppna data",
  },
  home: {
    title: "Handlingsplaner i öppen form",
    none: "Ingen grupp har publicerat sin handlingsplan än.",
  },
  notFound: {
    title: "Sidan finns inte",
    text: "Det finns ingen publicerad sida på den här adressen.",
    home: "Till startsidan",
  },
};
