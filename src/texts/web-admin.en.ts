// Signing in on the web and the signed-in pages, in English, in the shape of web-admin.sv.ts.
import type { webAdminHelpSv, webAdminSv } from "./web-admin.sv.ts";

/** "Anna, Helena and Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

export const webAdminEn: typeof webAdminSv = {
  login: {
    link: (url) => `Here is your sign-in link to the web pages: ${url}`,
    note: "The link works once and for 10 minutes. Do not share it: it signs in as you.",
    notHere:
      "Everyone here sees my answers, so I send no sign-in link here. Write `web login` to me in a personal chat.",
    again: "You already got a link for this message. Write `web login` again if you need a new one.",
  },
  signIn: {
    title: "Sign in",
    as: (name, group) => `Sign in as ${name} in ${group}`,
    explain:
      "The link works once. When you press the button you are signed in for 8 hours or until you sign out.",
    button: "Sign in",
  },
  refusal: {
    linkUsed: {
      title: "The link has been used",
      text: "Each sign-in link works only once. Write `web login` to LÖK-boten in chat to get a new one.",
    },
    linkExpired: {
      title: "The link is no longer valid",
      text: "A sign-in link is valid for 10 minutes. Write `web login` to LÖK-boten in chat to get a new one.",
    },
    linkUnknown: {
      title: "The link does not work",
      text: "I do not recognise this sign-in link. Check that the whole link came along, or write `web login` to LÖK-boten in chat to get a new one.",
    },
    noSession: {
      title: "You are not signed in",
      text: "You are not signed in, or your sign-in ended after 8 hours. Write `web login` to LÖK-boten in chat and you will get a new link.",
    },
    csrf: {
      title: "The form could not be accepted",
      text: "The form did not come from a page you have open now, so nothing was changed. Go back, reload the page and try again.",
    },
    coordinatorsOnly: {
      title: "For coordinators only",
      text: (names) =>
        names.length
          ? `This page is for the group's coordinators and administrators. Ask ${join(names)} if you need something changed here.`
          : "This page is for the group's coordinators and administrators, and the group has no coordinator yet.",
    },
    toMine: "To My activities",
  },
  loggedOut: {
    title: "You are signed out",
    text: "You are signed out. Write `web login` to LÖK-boten in chat when you want to sign in again.",
  },
  nav: {
    label: "Signed in",
    signedInAs: (name, group) => `Signed in as ${name} in ${group}`,
    mine: "My activities",
    plan: "The plan",
    members: "Members",
    plans: "Plan periods",
    publishing: "Web page",
    logout: "Sign out",
  },
  badForm: "The form lacked something or had a value I do not understand, so nothing was changed.",
  nothingChanged: "You changed nothing in the form, so nothing was saved.",
  noticeLabel: "Message",
  mine: {
    title: "My activities",
    none: "You are responsible for no activity in the active plan.",
    report: (n) => `Report the status of activity ${n}`,
    status: "Status",
    comment: "Comment (optional)",
    submit: "Report",
    deadline: (date) => `Deadline ${date}`,
  },
  plan: {
    title: "The plan",
    caption: (plan) => `The activities of ${plan}`,
    columns: {
      number: "No",
      title: "Activity",
      status: "Status",
      deadline: "Deadline",
      owners: "Responsible",
    },
    edit: (n) => `Change activity ${n}`,
    fields: {
      title: "Title",
      description: "Description",
      principle: "Principle",
      party: "Party",
      commitment: "Commitment",
      responsibleOrg: "Responsible department or organisation",
      commissioner: "Commissioner",
      partners: "Partners",
      followUp: "Follow-up",
      deadline: "Deadline",
      status: "Status",
      comment: "Comment on the status (optional)",
    },
    deadlineHint: "Leave empty to remove the deadline.",
    keepHint: "An empty text box changes nothing.",
    noPrinciple: "none",
    save: "Save changes",
    newTitle: "New activity",
    create: "Add the activity",
    noPlan: "The group has no active plan yet. Start one under Plan periods.",
  },
  members: {
    title: "Members and roles",
    caption: "The group's members",
    columns: { name: "Name", organisation: "Organisation", role: "Role", change: "Change" },
    former: "former member",
    roleLabel: (name) => `New role for ${name}`,
    change: "Change role",
    remove: (name) => `Remove ${name}`,
    add: "Add a member",
    name: "Name",
    organisation: "Organisation (optional)",
    email: "E-mail (optional)",
    addButton: "Add",
  },
  plans: {
    title: "Plan periods",
    caption: "The group's plans",
    columns: { name: "Plan", period: "Period", active: "Active" },
    active: "active",
    makeActive: (name) => `Make ${name} active`,
    none: "The group has no plan yet.",
    new: "New plan period",
    name: "Name",
    from: "From",
    to: "To",
    carryOver: "Carry over the activities that are not done or cancelled",
    create: "Start the period",
  },
  publishing: {
    title: "The group's web page",
    state: (published) => (published ? "The web page is published." : "The web page is not published."),
    on: "Publish the web page",
    off: "Take the web page down",
    names: "Names of persons",
    namesOn: "Show the names",
    namesOff: "Show no names",
    contact: "Contact",
    contactHint: "Leave empty to remove the contact.",
    saveContact: "Save the contact",
    hide: "Hide a comment",
    number: "The activity's number",
    date: "The comment's date",
    hideButton: "Hide the comments",
  },
};

export const webAdminHelpEn: typeof webAdminHelpSv = {
  web_login: {
    usage: "web login",
    description:
      "Get a link that signs you in on the web pages: coordinators change the plan, members report on their activities. The link comes only to you.",
    example: "web login",
  },
};
