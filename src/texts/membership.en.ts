// Members and roles from chat, in English, in the shape of membership.sv.ts.
import type {
  membershipActionsSv,
  membershipArgumentsSv,
  membershipHelpSv,
  membershipSv,
} from "./membership.sv.ts";

/** "Anna, Helena and Tina" */
function join(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** "Anna Fogel or Helena Astvald" */
function either(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

export const membershipEn: typeof membershipSv = {
  heading: (group) => `Members of ${group}`,
  member: (name, role, organisation) =>
    organisation ? `${name}, ${organisation} – ${role}` : `${name} – ${role}`,
  reachedOn: (where) => `reached on ${join(where)}`,
  notReached: "has not written to me yet",
  withReach: (who, reach) => `${who}; ${reach}`,
  email: (address) => `e-mail ${address}`,
  platforms: { slack: "Slack", teams: "Teams", "teams-aad": "Teams", console: "the console" },
  formerHeading: "Former members",
  former: (name, date) => `${name} (left ${date})`,
  privateNote: "Only you can see this list.",
  howToChange:
    "Coordinators change it with `new member <name>, <organisation>`, `remove member <name>` and `role <name> coordinator|member`.",
  added: (name, organisation) =>
    organisation
      ? `${name} (${organisation}) is now a member of the group.`
      : `${name} is now a member of the group.`,
  addedNote: (name) =>
    `${name} can now be made responsible with \`owner <nr> ${name}\`. With their e-mail address (\`new member <name>, <organisation>, <e-mail>\`) I recognise them when they write from Slack or Teams.`,
  addedWithEmailNote: (name) =>
    `${name} can now be made responsible with \`owner <nr> ${name}\`, and I recognise them by their e-mail address when they write from Slack or Teams.`,
  back: (name) => `${name} is a member of the group again.`,
  backNote: "Their earlier history is still there, and the reminders come again.",
  exists: (name) => `There already is a member called ${name}.`,
  existsHint:
    "Write `members` to see everyone. If it is another person, write the name so that it differs, for example with the full surname.",
  emailTaken: (email, name) => `The e-mail address ${email} already belongs to ${name}.`,
  emailTakenHint: "Add the person without an e-mail address, or with another one.",
  removed: (name) => `${name} is no longer a member of the group.`,
  removedNote: (name) =>
    `Their history stays, but ${name} gets no reminders and cannot be made responsible for new activities. \`new member ${name}\` makes them a member again.`,
  stillOwner: (name, numbers) =>
    `${name} is still responsible for ${numbers}; change it with \`owner <nr> <name>\` and \`owner <nr> -${name}\`.`,
  activities: (numbers) =>
    numbers.length === 1 ? `activity ${numbers[0]}` : `activities ${join(numbers.map(String))}`,
  alreadyFormer: (name) => `${name} already is a former member.`,
  roleChanged: (name, role) => `${name} is now ${role} of the group.`,
  roleAlready: (name, role) => `${name} already is ${role}.`,
  coordinatorsOnly: (action) => `Only coordinators and administrators can ${action}.`,
  actions: {
    add: "add members",
    remove: "remove members",
    role: "change someone's role",
  },
  adminsOnly: "Only an administrator can make someone an administrator or change an administrator's role.",
  askCoordinators: (names) =>
    names.length ? `Ask ${either(names)}.` : "Ask whoever runs LÖK-boten for you.",
  askAdmins: (names) =>
    names.length
      ? `Ask ${either(names)}.`
      : "Ask whoever runs LÖK-boten for you; the administrators are listed in LOK_ADMINS.",
  lastCoordinator: (name) =>
    `${name} is the group's last coordinator, and the group needs at least one coordinator or administrator.`,
  lastCoordinatorHint: "First make someone else coordinator with `role <name> coordinator`.",
  lastAdmin: (name) => `${name} is the group's last administrator and cannot give up that role themselves.`,
  lastAdminHint: "First make someone else administrator with `role <name> admin`.",
  formerMember: (group) => `You are no longer a member of ${group}, so I did nothing with what you wrote.`,
  formerMemberHint: (names) =>
    names.length
      ? `If you want to take part again, ask ${either(names)}.`
      : "If you want to take part again, ask whoever runs LÖK-boten for you.",
  groupCreated: (group) => `I have created the group ${group} and connected this channel to it.`,
  groupCreatedNote: (group) =>
    `Next: import the action plan with \`npx lok import <file.xlsx> --group "${group}"\`, add members with \`new member <name>, <organisation>\` and make someone coordinator with \`role <name> coordinator\`.`,
  groupExists: (group) => `There already is a group called ${group}.`,
  groupExistsHint: (group) => `Write \`connect ${group}\` to connect the channel to it.`,
  newGroupAdminsOnly: "Only administrators can create new groups.",
  newGroupAdminsOnlyHint:
    "The administrators are listed in LOK_ADMINS. If the group exists already, a coordinator connects the channel with `connect <group name>`.",
  channelTaken: (group) => `This channel is already connected to ${group}, so I created no new group.`,
  channelTakenHint: "Write `connect new <name>` in a channel that is not connected yet.",
};

export const membershipHelpEn: typeof membershipHelpSv = {
  members: {
    usage: "members",
    description:
      "See everyone in the group: organisation, role and where they are reached (Slack, Teams, e-mail). Only you see the answer.",
    example: "members",
  },
  member_add: {
    usage: "new member <name>[, <organisation>][, <e-mail>]",
    description: "Add a member to the group, so that they can be made responsible for activities.",
    example: "new member Karin Berg, Örebro kommun",
  },
  member_remove: {
    usage: "remove member <name>",
    description: "Make someone a former member: their history stays, but no reminders and no new activities.",
    example: "remove member Tina Modin",
  },
  member_role: {
    usage: "role <name> coordinator|member|admin",
    description:
      "Change someone's role. Coordinators make others coordinators or members; only an administrator makes someone administrator.",
    example: "role Tina Modin coordinator",
  },
  bind_new: {
    usage: "connect new <group name>",
    description:
      "Create a new group and connect the channel to it (administrators only, in a channel not connected yet).",
    example: "connect new Karlstad cooperation council",
  },
};

export const membershipActionsEn: typeof membershipActionsSv = {
  member_add: "add members",
  member_remove: "remove members",
  member_role: "change someone's role",
  bind_new: "create new groups",
};

export const membershipArgumentsEn: typeof membershipArgumentsSv = {
  memberName: "a name",
  memberRole: "a role (coordinator, member or admin)",
  groupName: "the group's name",
};
