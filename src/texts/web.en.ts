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
  group: {
    groupAndPlan: (group, plan) => `${group}: ${plan}`,
    period: (from, to) => `Period: ${from} – ${to}`,
    periodFrom: (from) => `Period: from ${from}`,
    periodTo: (to) => `Period: until ${to}`,
    noPlan: "The group has no active action plan at the moment.",
    navLabel: "The group's pages",
    nav: { activities: "All activities", meetings: "Meetings", data: "Open data" },
    overall: (done, total, share, overdue) =>
      `${done} of ${total} activities are done (${share}), ${overdue} ${overdue === 1 ? "is delayed" : "are delayed"}.`,
    byPrinciple: "Progress by principle",
    byParty: "Progress by party",
    noPrinciple: "No principle",
    share: (percent) => `${percent}%`,
    barDesc: (total, counts) => `${total} ${total === 1 ? "activity" : "activities"}: ${counts}.`,
    barSummary: (done, total, share, overdue) => `${done} of ${total} done (${share}), ${overdue} delayed`,
    columns: {
      principle: "Principle",
      party: "Party",
      total: "Total",
      share: "Share done",
      overdue: "Delayed",
    },
    tableCaption: (heading) => `${heading}: number of activities by status`,
    legend: "The colours of the bars",
    overdueNote:
      "Delayed are those reported as delayed and those whose deadline has passed without them being done.",
  },
  activities: {
    title: "Activities",
    caption: (shown, total, plan) =>
      shown === total ? `All ${total} activities in ${plan}` : `${shown} of ${total} activities in ${plan}`,
    filters: {
      legend: "Selection and order",
      principle: "Principle",
      party: "Party",
      status: "Status",
      sort: "Sort by",
      all: "All",
      byNumber: "Number",
      byDeadline: "Deadline",
      submit: "Show",
    },
    unknown: {
      principle: (value) => `There is no principle “${value}”, so all principles are shown.`,
      party: (value) => `There is no party “${value}”, so all parties are shown.`,
      status: (value) => `There is no status “${value}”, so all statuses are shown.`,
      sort: (value) => `The list cannot be sorted by “${value}”, so it is sorted by number.`,
    },
    columns: {
      number: "No.",
      title: "Activity",
      principle: "Principle",
      party: "Party",
      status: "Status",
      deadline: "Deadline",
    },
    none: "No activities match the selection.",
    overdue: "delayed",
    back: "To the group's page",
  },
  activity: {
    title: (n, title) => `Activity ${n}: ${title}`,
    details: "What the plan says",
    description: "Description",
    timeline: "History",
    noUpdates: "Nobody has reported a status yet.",
    by: (name) => `by ${name}`,
    statusWas: (status) => `Status: ${status}`,
    back: "To all activities",
  },
  notFound: {
    title: "Page not found",
    text: "There is no published page at this address.",
    home: "To the start page",
  },
};
