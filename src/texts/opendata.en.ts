// The public web page's open data, calendar and accessibility statement in English, in the shape of
// opendata.sv.ts.
import type { openDataSv } from "./opendata.sv.ts";

export const openDataEn: typeof openDataSv = {
  columns: {
    activities: {
      plan: { header: "Plan", doc: "The action plan's name." },
      number: { header: "No.", doc: "The activity's number in the plan." },
      title: { header: "Activity", doc: "What the activity is about, in the plan's words." },
      principle: { header: "Principle", doc: "The agreement's principle the activity belongs to." },
      party: { header: "Party", doc: "Whose activity it is: the municipality's, civil society's or joint." },
      status: {
        header: "Status",
        doc: "not started, in progress, done, delayed, paused or cancelled, as those responsible have reported.",
      },
      statusChangedAt: {
        header: "Status changed",
        doc: "When the status last changed (ISO 8601 with time zone).",
      },
      dueDate: { header: "Due date", doc: "The activity's deadline (YYYY-MM-DD), if it has one." },
      responsibleOrg: {
        header: "Responsible organisation",
        doc: "The organisation responsible for the activity.",
      },
      owners: {
        header: "Responsible person",
        doc: "The responsible persons' names, separated by commas. Only when the group shows names.",
      },
      commitment: { header: "Commitment", doc: "The agreement's commitment that the activity carries out." },
      commissioner: { header: "Commissioner", doc: "Who commissions the work." },
      partners: { header: "Partners", doc: "Who works together on the activity." },
      followUp: { header: "Follow-up/Measure", doc: "How the activity is followed up." },
    },
    history: {
      number: { header: "No.", doc: "The activity's number in the plan." },
      title: { header: "Activity", doc: "The activity's title." },
      at: { header: "Time", doc: "When the status was reported (ISO 8601 with time zone)." },
      status: { header: "Status", doc: "The status that was reported." },
      comment: {
        header: "Comment",
        doc: "The report's comment. Empty when there is none or when the group has hidden it.",
      },
      author: {
        header: "By",
        doc: "Who reported it. Only when the group shows names.",
      },
      source: { header: "Source", doc: "Where the report came from: Slack, Teams, console or import." },
    },
  },
  data: {
    title: "Open data",
    heading: (group) => `Open data from ${group}`,
    intro: (plan) =>
      `The activities of ${plan} and their status history, as files to download and use freely under the licence below.`,
    noPlan: "The group has no active action plan yet, so the files are empty.",
    files: "Files",
    activitiesCsv: "Activities as CSV",
    activitiesJson: "Activities as JSON",
    historyCsv: "Status history as CSV",
    historyJson: "Status history as JSON",
    dcat: "Metadata for the Swedish data portal (DCAT-AP-SE, RDF/XML)",
    licenceHeading: "Licence",
    licence: "The data may be used under the licence",
    format: "Format",
    csvFormat:
      "The CSV files are in UTF-8 with a byte order mark (BOM), with semicolons between fields and CRLF between lines, so that Excel with Swedish settings opens them directly with the right characters. Fields that contain a semicolon, a quotation mark or a line break are quoted, as RFC 4180 says. The first line holds the column headings.",
    csvTools:
      "In other tools, give the semicolon as the separator and UTF-8 as the encoding, for example read_csv(url, sep=';', encoding='utf-8-sig') in pandas.",
    formulaGuard:
      "A field that starts with =, +, -, @ or a tab gets an apostrophe in front, so that no spreadsheet takes it for a formula. The JSON files have the text as it is.",
    jsonFormat:
      "The JSON files have a list with one object per row under the key rows, with the keys in the tables below, and empty values as null.",
    columnsActivities: "Columns of aktiviteter.csv and aktiviteter.json",
    columnsHistory: "Columns of statushistorik.csv and statushistorik.json",
    column: "Column",
    jsonKey: "JSON key",
    description: "Description",
    meetings: "The group's meetings",
  },
  meetings: {
    title: "Meetings",
    heading: (group) => `Meetings of ${group}`,
    upcoming: "Upcoming meetings",
    past: "Past meetings",
    none: "No meetings.",
    cancelled: "Cancelled",
    ics: (title) => `Add ${title} to your calendar (.ics)`,
    subscribe: "Subscribe to the group's meetings",
    subscribeText:
      "Add the calendar to your calendar app, and new, moved and cancelled meetings will come along by themselves.",
    webcal: "Subscribe (webcal)",
    feed: "The calendar's address (.ics)",
    openData: "Open data",
    time: (date, clock) => `${date} ${clock}`,
  },
  calendar: {
    name: (group) => `Meetings of ${group}`,
    description: (group) => `Meetings of ${group}, from LÖK-boten.`,
  },
  dcat: {
    catalogTitle: (group) => `Open data from ${group}`,
    catalogDescription: (group) =>
      `Action plan for cooperation between the municipality and civil society, with the status of its activities, from ${group}.`,
    activitiesTitle: (plan, group) => `Activities of ${plan}, ${group}`,
    activitiesDescription: (plan) =>
      `The activities of ${plan}: principle, party, responsible organisation, deadline and current status.`,
    historyTitle: (plan, group) => `Status history of ${plan}, ${group}`,
    historyDescription: (plan) =>
      `Every status report on the activities of ${plan}: time, status and comment.`,
    noPlan: "no active plan",
    keywords: ["action plan", "civil society", "cooperation", "agreement", "open data"],
    csv: "CSV",
    json: "JSON",
  },
  accessibility: {
    title: "Accessibility statement",
    defaultPublisher: "The organisation running this LÖK-boten",
    intro: (publisher) =>
      `${publisher} is responsible for this website: LÖK-boten's public pages, where working groups of the municipality and civil society publish their action plans, meetings and open data. We want as many people as possible to be able to use the website. This statement describes how it complies with the Swedish Act on accessibility to digital public services, the shortcomings we know of, and how you can report problems to us.`,
    statusHeading: "How accessible is the website?",
    status:
      "The website is partially compliant with the Act on accessibility to digital public services, because of the shortcomings described below. It says so until the website has been fully audited.",
    gapsHeading: "Content that is not accessible",
    gaps: [
      "The website has only been tested automatically and with the keyboard, not audited by hand against every criterion of WCAG 2.1 level AA. There may be shortcomings that such tests do not find, for example in how screen readers read tables.",
      "Downloadable files, such as Excel and CSV files, calendar files and any PDF files, have not been checked. The same information is on the website's pages.",
      "The texts of the action plans, status comments and meetings are written by the groups themselves. We cannot promise that they are easy to read.",
    ],
    feedbackHeading: "What can you do if you cannot use parts of the website?",
    feedback:
      "If you need content that is not accessible to you, or if you find more shortcomings, contact us so that we can fix them.",
    contact: (contact) => `Contact: ${contact}`,
    groupContacts:
      "If it is about a group's page, you can also contact the group directly. Its contact details are at the bottom of its pages:",
    noContact: "Contact the group whose page it is. Its contact details are at the bottom of its pages.",
    supervisionHeading: "Enforcement",
    supervision:
      "The Agency for Digital Government (Digg) is responsible for enforcing the Act on accessibility to digital public services. If you are not satisfied with how we handle your comments, you can contact Digg and tell them.",
    complaint: "Report to Digg",
    methodHeading: "How we tested the website",
    method:
      "We have made a self-assessment: automated tests with axe-core in the Chromium browser and tests with the keyboard only, against WCAG 2.1 level AA. No external audit has been made yet.",
    assessed: (date) => `The latest assessment was made on ${date}.`,
    updated: (date) => `This statement was last updated on ${date}.`,
  },
};
