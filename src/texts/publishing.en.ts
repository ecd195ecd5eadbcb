// Publishing the group's plan on the public web page from chat, in English, in the shape of
// publishing.sv.ts.
import type { publishingActionsSv, publishingHelpSv, publishingSv } from "./publishing.sv.ts";

/** "Anna, Helena and Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const publishingEn: typeof publishingSv = {
  heading: "The group's web page",
  fields: {
    address: "Address",
    published: "Published",
    names: "Names of persons",
    contact: "Contact",
    licence: "Licence of the open data",
  },
  yes: "yes",
  no: "no",
  namesShown: "shown",
  namesHidden: "not shown",
  noContact: "none given",
  notYet:
    "The page has not been published yet; it gets its address the first time a coordinator types `web on`.",
  howToChange:
    "Coordinators change it with `web on|off`, `web names on|off`, `web contact <text>` and `web licence <id>`. `hide <no> <date>` takes a comment off the page.",
  on: (url) => `The group's web page is published now: ${url}`,
  onNote:
    "The page shows the plan, the activities' status and the comments, but no names of persons until you type `web names on`.",
  alreadyOn: (url) => `The group's web page is already published: ${url}`,
  off: (url) => `The group's web page is no longer published. Turned on again, it keeps its address: ${url}`,
  alreadyOff: "The group's web page is already off.",
  namesOn: "The web page now shows the names of the persons responsible and of those who wrote the comments.",
  namesOff: "The web page now shows no names of persons, only organisations and parties.",
  namesAlreadyOn: "The web page already shows the names of persons.",
  namesAlreadyOff: "The web page already shows no names of persons.",
  contactSet: (contact) => `The web page now gives the contact ${contact}.`,
  contactCleared: "The web page gives no contact any more.",
  contactAlready: (contact) => `The web page already gives the contact ${contact}.`,
  contactAlreadyNone: "The web page already gives no contact.",
  licenceSet: (licence) => `The open data is published under the licence ${licence} now.`,
  licenceAlready: (licence) => `The open data is already published under the licence ${licence}.`,
  licenceUnknown: (given) => `“${given}” is not a licence I can publish open data under.`,
  licenceChoices: (ids) =>
    `Choose one of ${join(ids.map((id) => `\`${id}\``))}, for example \`web licence ${ids[0] ?? ""}\`.`,
  hidden: (n, count, date) =>
    count === 1
      ? `The comment on activity ${n} from ${date} is no longer shown on the web page.`
      : `The ${count} comments on activity ${n} from ${date} are no longer shown on the web page.`,
  hiddenNote: (count) =>
    count === 1 ? "It stays in the group's history in chat." : "They stay in the group's history in chat.",
  alreadyHidden: (n, date) =>
    `The comments on activity ${n} from ${date} are already not shown on the web page.`,
  nothingToHide: (n, date) => `Activity ${n} has no comment from ${date}, so there is nothing to hide.`,
  nothingToHideHint: (n) => `Type \`status ${n}\` to see the comments and their dates.`,
};

export const publishingHelpEn: typeof publishingHelpSv = {
  web_show: {
    usage: "web",
    description: "See the address of the group's web page and what it shows: names, contact and licence.",
    example: "web",
  },
  web_toggle: {
    usage: "web on|off",
    description:
      "Publish the group's action plan on an open web page, or take it down. The reply gives the address.",
    example: "web on",
  },
  web_names: {
    usage: "web names on|off",
    description:
      "Show or hide the names of persons on the web page. Without it, only organisations and parties are shown.",
    example: "web names on",
  },
  web_contact: {
    usage: "web contact <text>",
    description: "Who publishes the page and how to reach you; `web contact off` removes it.",
    example: "web contact The council, info@example.org",
  },
  web_licence: {
    usage: "web licence <id>",
    description: "The licence of the open data: CC0-1.0, CC-BY-4.0 or CC-BY-SA-4.0.",
    example: "web licence CC-BY-4.0",
  },
  hide: {
    usage: "hide <no> <date>",
    description:
      "Take the comments of one day on an activity off the web page. They stay in the history in chat.",
    example: "hide 13 20 Nov",
  },
};

/** After "Only coordinators and administrators can …". */
export const publishingActionsEn: typeof publishingActionsSv = {
  web_toggle: "publish or unpublish the group's web page",
  web_names: "change whether the web page shows names",
  web_contact: "change the web page's contact",
  web_licence: "change the licence of the open data",
  hide: "hide comments on the web page",
};
