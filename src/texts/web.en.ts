// The public web page in English, in the shape of web.sv.ts.
import type { webSv } from "./web.sv.ts";

export const webEn: typeof webSv = {
  skipLink: "Skip to content",
  siteName: "LÖK-boten",
  footer: {
    accessibility: "Accessibility statement",
    publishedBy: (contact) => `Published by ${contact}`,
    openData: "Open data",
  },
  home: {
    title: "Action plans in the open",
    none: "No group has published its action plan yet.",
  },
  notFound: {
    title: "Page not found",
    text: "There is no published page at this address.",
    home: "To the start page",
  },
};
