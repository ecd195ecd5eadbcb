// Finding a member by name as people type it, hyphenated first names included.
import { describe, expect, it } from "vitest";
import { matchPerson } from "../../../src/core/person-match.ts";

const people = [
  { name: "Anna Fogel", email: "anna.fogel@orebro.se" },
  { name: "Helena Astvald" },
  { name: "KG Granberg" },
  { name: "Mats Einestam" },
  { name: "Mats-Olof Liljegren" },
  { name: "Ann-Mari Wulfstrand" },
  { name: "Per-Inge Öhman" },
  { name: "Per Persson" },
  { name: "Pernilla Ek" },
  { name: "Tina Modin" },
];

const one = (query: string) => {
  const m = matchPerson(query, people);
  return m.kind === "one" ? m.person.name : m;
};
const many = (query: string) => {
  const m = matchPerson(query, people);
  return m.kind === "many" ? m.candidates.map((p) => p.name) : m;
};

describe("matchPerson", () => {
  it.each([
    ["Anna Fogel", "Anna Fogel"],
    ["anna fogel", "Anna Fogel"],
    ["  ANNA   FOGEL ", "Anna Fogel"],
    ["anna.fogel@orebro.se", "Anna Fogel"],
    ["Anna.Fogel@Orebro.se", "Anna Fogel"],
    ["@Anna", "Anna Fogel"],
    ["Anna", "Anna Fogel"],
    ["Fogel", "Anna Fogel"],
    ["Anna F", "Anna Fogel"],
    ["helena", "Helena Astvald"],
  ])("%j is %s", (query, name) => {
    expect(one(query)).toBe(name);
  });

  it.each([
    ["Mats-Olof", "Mats-Olof Liljegren"],
    ["mats-olof", "Mats-Olof Liljegren"],
    ["Mats Olof", "Mats-Olof Liljegren"], // typed without the hyphen
    ["Mats–Olof", "Mats-Olof Liljegren"], // with the dash a phone puts in
    ["Mats-Olof Liljegren", "Mats-Olof Liljegren"],
    ["Olof", "Mats-Olof Liljegren"],
    ["Ann-Mari", "Ann-Mari Wulfstrand"],
    ["ann-mari w", "Ann-Mari Wulfstrand"],
    ["Per-Inge", "Per-Inge Öhman"],
    ["per-inge ohman", "Per-Inge Öhman"],
    ["K-G", "KG Granberg"],
    ["Mats E", "Mats Einestam"],
  ])("the hyphenated %j is %s", (query, name) => {
    expect(one(query)).toBe(name);
  });

  it("prefers a whole first name to the beginning of a longer one", () => {
    // Per is Per Persson and the first part of Per-Inge; Pernilla only begins with it.
    expect(many("Per")).toEqual(["Per-Inge Öhman", "Per Persson"]);
    expect(one("Pern")).toBe("Pernilla Ek");
  });

  it("lists the candidates when a first name is shared, hyphenated or not", () => {
    expect(many("Mats")).toEqual(["Mats Einestam", "Mats-Olof Liljegren"]);
    expect(many("A")).toEqual(["Anna Fogel", "Helena Astvald", "Ann-Mari Wulfstrand"]);
    // Ann is the first part of Ann-Mari, and only the beginning of Anna.
    expect(one("Ann")).toBe("Ann-Mari Wulfstrand");
  });

  it("finds nobody for an unknown or blank name, and suggests the nearest full name", () => {
    const typo = matchPerson("Tina Modén", people);
    expect(typo.kind === "none" && typo.suggestions.map((p) => p.name)).toEqual(["Tina Modin"]);
    expect(matchPerson("Gunnar", people)).toEqual({ kind: "none", suggestions: [] });
    expect(matchPerson("   ", people).kind).toBe("none");
    expect(matchPerson("", people).kind).toBe("none");
    expect(matchPerson("-", people).kind).toBe("none");
  });
});
