// Member commands: `medlemmar`, `ny medlem`, `ta bort medlem`, `roll` and `koppla ny`, Swedish and
// English, and what bad input says.
import { describe, expect, it } from "vitest";
import type { Command, ParseError } from "../../../src/core/command.ts";
import { helpFor } from "../../../src/core/command-help.ts";
import { parseCommand } from "../../../src/core/parse-command.ts";
import { membershipRefusal } from "../../../src/core/permissions.ts";

const parse = (line: string) => parseCommand(line, { today: "2027-03-10" });

describe("member commands", () => {
  it.each<[string, Command]>([
    ["medlemmar", { kind: "members" }],
    ["members", { kind: "members" }],
    ["/lok medlem", { kind: "members" }],
    ["ny medlem Karin Berg", { kind: "member_add", name: "Karin Berg" }],
    [
      "ny medlem Karin Berg, Örebro kommun",
      { kind: "member_add", name: "Karin Berg", organisation: "Örebro kommun" },
    ],
    [
      "new member Karin Berg, Örebro kommun, karin@example.org",
      { kind: "member_add", name: "Karin Berg", organisation: "Örebro kommun", email: "karin@example.org" },
    ],
    [
      "ny medlem Karin Berg, karin@example.org",
      { kind: "member_add", name: "Karin Berg", email: "karin@example.org" },
    ],
    ["ny medlem Karin Berg,", { kind: "member_add", name: "Karin Berg" }],
    ["ta bort medlem Tina Modin", { kind: "member_remove", person: "Tina Modin" }],
    ["Ta bort medlemmen Tina", { kind: "member_remove", person: "Tina" }],
    ["remove member Tina Modin", { kind: "member_remove", person: "Tina Modin" }],
    ["roll Tina Modin samordnare", { kind: "member_role", person: "Tina Modin", role: "samordnare" }],
    ["roll Tina Modin samordnare.", { kind: "member_role", person: "Tina Modin", role: "samordnare" }],
    ["role Tina coordinator", { kind: "member_role", person: "Tina", role: "samordnare" }],
    ["roll samordnare Tina Modin", { kind: "member_role", person: "Tina Modin", role: "samordnare" }],
    ["roll Anna Fogel medlem", { kind: "member_role", person: "Anna Fogel", role: "medlem" }],
    ["role Anna admin", { kind: "member_role", person: "Anna", role: "admin" }],
    ["roll Anna administratör", { kind: "member_role", person: "Anna", role: "admin" }],
    ["koppla ny Samverkansrådet Karlstad", { kind: "bind_new", group: "Samverkansrådet Karlstad" }],
    ["connect new Karlstad council", { kind: "bind_new", group: "Karlstad council" }],
    ["koppla Samverkansrådet", { kind: "bind", group: "Samverkansrådet" }],
  ])("%s", (line, command) => {
    expect(parse(line)).toEqual({ ok: true, command });
  });

  it.each<[string, ParseError]>([
    ["ny medlem", { code: "missing_argument", command: "ny medlem", argument: "memberName" }],
    ["ny medlem , Örebro kommun", { code: "missing_argument", command: "ny medlem", argument: "memberName" }],
    ["new member", { code: "missing_argument", command: "new member", argument: "memberName" }],
    ["ta bort medlem", { code: "missing_argument", command: "ta bort medlem", argument: "memberName" }],
    ["roll", { code: "missing_argument", command: "roll", argument: "memberName" }],
    ["roll samordnare", { code: "missing_argument", command: "roll", argument: "memberName" }],
    ["roll Tina Modin", { code: "missing_argument", command: "roll", argument: "memberRole" }],
    ["roll Tina chef", { code: "missing_argument", command: "roll", argument: "memberRole" }],
    ["koppla ny", { code: "missing_argument", command: "koppla ny", argument: "groupName" }],
    ["ny blomma", { code: "missing_argument", command: "ny", argument: "newWhat" }],
    ["ta bort Tina", { code: "unknown_command", word: "ta bort" }],
  ])("%s is refused politely", (line, error) => {
    expect(parse(line)).toEqual({ ok: false, error });
  });

  it("refuses a name longer than a name", () => {
    const result = parse(`ny medlem ${"A".repeat(250)}`);
    expect(result).toMatchObject({ ok: false, error: { code: "text_too_long", subject: "name" } });
  });

  it("finds the help of a phrase by its command word", () => {
    expect(helpFor("ny medlem").map((h) => h.kind)).toEqual(["member_add"]);
    expect(helpFor("ta bort medlem").map((h) => h.kind)).toEqual(["member_remove"]);
    expect(helpFor("role").map((h) => h.kind)).toEqual(["member_role"]);
    expect(helpFor("koppla").map((h) => h.kind)).toEqual(["bind", "bind_new"]);
  });
});

describe("who may change whom", () => {
  const many = { coordinators: 2, admins: 1 };
  const none = { coordinators: 0, admins: 0 };

  it("lets only samordnare and admins change roles or remove members", () => {
    expect(membershipRefusal("medlem", "medlem", "samordnare", many)).toBe("coordinators_only");
    expect(membershipRefusal("medlem", "medlem", null, many)).toBe("coordinators_only");
    expect(membershipRefusal("samordnare", "medlem", "samordnare", many)).toBeUndefined();
    expect(membershipRefusal("samordnare", "samordnare", "medlem", many)).toBeUndefined();
    expect(membershipRefusal("samordnare", "medlem", null, many)).toBeUndefined();
  });

  it("lets only an admin make or unmake an admin", () => {
    expect(membershipRefusal("samordnare", "medlem", "admin", many)).toBe("admins_only");
    expect(membershipRefusal("samordnare", "admin", "samordnare", many)).toBe("admins_only");
    expect(membershipRefusal("samordnare", "admin", null, many)).toBe("admins_only");
    expect(membershipRefusal("admin", "medlem", "admin", many)).toBeUndefined();
    expect(membershipRefusal("admin", "admin", "samordnare", many)).toBeUndefined();
  });

  it("never leaves the group without a samordnare or admin, nor lets the last admin step down", () => {
    expect(membershipRefusal("samordnare", "samordnare", "medlem", none)).toBe("last_coordinator");
    expect(membershipRefusal("admin", "samordnare", null, none)).toBe("last_coordinator");
    expect(membershipRefusal("admin", "admin", "medlem", none)).toBe("last_coordinator");
    expect(membershipRefusal("admin", "admin", "samordnare", { coordinators: 1, admins: 0 })).toBe(
      "last_admin",
    );
    expect(membershipRefusal("admin", "admin", null, { coordinators: 1, admins: 0 })).toBe("last_admin");
    // Promoting is never blocked by the counts.
    expect(membershipRefusal("samordnare", "medlem", "samordnare", none)).toBeUndefined();
  });
});
