import { describe, expect, it } from "vitest";
import { ACTIVITY_STATUSES, type ActivityStatus, STATUS_LABEL } from "../../../src/core/activity-status.ts";
import {
  parseStatus,
  STATUS_LABELS,
  STATUS_PLURALS,
  STATUS_SYNONYMS,
  statusChoicesText,
  statusOfPhrase,
  suggestStatus,
} from "../../../src/core/status-vocabulary.ts";
import { closest, editDistance, typoTolerance } from "../../../src/core/suggest.ts";

const words = (text: string) => text.split(" ");

describe("parseStatus", () => {
  const groups: [ActivityStatus, string[]][] = [
    [
      "ej_paborjad",
      [
        "ej påbörjad",
        "inte påbörjad",
        "ej startad",
        "inte startad",
        "ny",
        "not started",
        "todo",
        "ej paborjad",
        "Inte Startad",
      ],
    ],
    [
      "pagar",
      [
        "pågår",
        "pagar",
        "påbörjad",
        "startad",
        "igång",
        "igang",
        "pågående",
        "started",
        "in progress",
        "doing",
        "ongoing",
        "PÅGÅR",
        "Pagaende",
      ],
    ],
    [
      "klar",
      [
        "klar",
        "klart",
        "färdig",
        "färdigt",
        "avslutad",
        "genomförd",
        "done",
        "finished",
        "complete",
        "completed",
        "fardig",
        "genomford",
        "KLAR",
        "avklarad",
        "avklarat",
        "Avklarad",
      ],
    ],
    ["forsenad", ["försenad", "försenat", "sen", "delayed", "late", "behind", "forsenad", "FÖRSENAT"]],
    [
      "pausad",
      [
        "pausad",
        "pausat",
        "paus",
        "vilande",
        "on hold",
        "paused",
        "On Hold",
        // Halted or waiting for something, to be taken up again: paused, not struck.
        "stoppad",
        "stoppat",
        "väntar",
        "vantar",
        "väntande",
        "blocked",
        "blockerad",
        "blockerat",
      ],
    ],
    [
      "struken",
      [
        "struken",
        "struket",
        "stryk",
        "utgår",
        "avbruten",
        "strucken",
        "cancelled",
        "canceled",
        "dropped",
        "utgar",
        // A coordinator says inställd of an activity that was cancelled.
        "inställd",
        "inställt",
        "installd",
      ],
    ],
  ];
  for (const [status, phrases] of groups) {
    it.each(phrases)(`"%s" → ${status}`, (phrase) => {
      expect(parseStatus(words(phrase))).toEqual({ status, consumed: words(phrase).length });
    });
  }

  it("recognises every canonical label and stored key", () => {
    for (const status of ACTIVITY_STATUSES) {
      expect(parseStatus(words(STATUS_LABEL[status]))?.status).toBe(status);
      expect(parseStatus([status])?.status).toBe(status);
    }
  });

  it("takes the longest phrase at the start and reports how many words it used", () => {
    expect(parseStatus(words("ej startad än, väntar på beslut"))).toEqual({
      status: "ej_paborjad",
      consumed: 2,
    });
    expect(parseStatus(words("startad i veckan"))).toEqual({ status: "pagar", consumed: 1 });
    expect(parseStatus(words("in progress since May"))).toEqual({ status: "pagar", consumed: 2 });
    expect(parseStatus(words("klar Föreningsregistret är genomgånget"))).toEqual({
      status: "klar",
      consumed: 1,
    });
  });

  it("ignores punctuation stuck to the status word", () => {
    expect(parseStatus(["klar:", "allt", "gjort"])).toEqual({ status: "klar", consumed: 1 });
    expect(parseStatus(["pågår!"])).toEqual({ status: "pagar", consumed: 1 });
    expect(parseStatus(["on", "hold,", "väntar"])).toEqual({ status: "pausad", consumed: 2 });
  });

  it("does not read a negated or unknown word as a status", () => {
    expect(parseStatus(words("inte klar"))).toBeNull();
    expect(parseStatus(words("ej klar"))).toBeNull();
    expect(parseStatus(words("kanske klar"))).toBeNull();
    expect(parseStatus([])).toBeNull();
    expect(parseStatus([""])).toBeNull();
  });

  it("lists only synonyms that parse back to their own status", () => {
    for (const status of ACTIVITY_STATUSES) {
      for (const synonym of STATUS_SYNONYMS[status]) expect(parseStatus(words(synonym))?.status).toBe(status);
    }
  });
});

describe("statusOfPhrase (lista <status>)", () => {
  it.each([
    ["klara", "klar"],
    ["Klar", "klar"],
    ["färdiga", "klar"],
    ["pågående", "pagar"],
    ["pågår", "pagar"],
    ["ej påbörjade", "ej_paborjad"],
    ["inte paborjade", "ej_paborjad"],
    ["försenade", "forsenad"],
    ["pausade", "pausad"],
    ["stoppade", "pausad"],
    ["strukna", "struken"],
    ["struken", "struken"],
  ] as const)("%s → %s", (phrase, status) => {
    expect(statusOfPhrase(phrase)).toBe(status);
  });

  it("needs the whole phrase to be a status", () => {
    expect(statusOfPhrase("klara saker")).toBeUndefined();
    expect(statusOfPhrase("dialog")).toBeUndefined();
    expect(statusOfPhrase("")).toBeUndefined();
  });

  it("has plurals that name their own status only", () => {
    for (const status of ACTIVITY_STATUSES) {
      for (const plural of STATUS_PLURALS[status]) expect(statusOfPhrase(plural)).toBe(status);
    }
  });
});

describe("suggestStatus", () => {
  it.each([
    ["kalr", "klar"],
    ["klat", "klar"],
    ["pgår", "pagar"],
    ["forsendad", "forsenad"],
    ["pausd", "pausad"],
    ["strykn", "struken"],
    ["complted", "klar"],
    ["cancel", "struken"],
  ] as const)("%s → %s", (typo, status) => {
    expect(suggestStatus(typo)).toBe(status);
  });

  it("suggests nothing for words far from every status", () => {
    expect(suggestStatus("budget")).toBeUndefined();
    expect(suggestStatus("xy")).toBeUndefined();
    expect(suggestStatus("")).toBeUndefined();
  });
});

describe("labels for help texts", () => {
  it("are the six Swedish labels in workflow order", () => {
    expect(STATUS_LABELS).toEqual(["ej påbörjad", "pågår", "klar", "försenad", "pausad", "struken"]);
    expect(statusChoicesText()).toBe("ej påbörjad, pågår, klar, försenad, pausad eller struken");
  });
});

describe("edit distance (suggest.ts)", () => {
  it("counts insertions, deletions, substitutions and adjacent swaps as one edit each", () => {
    expect(editDistance("status", "status")).toBe(0);
    expect(editDistance("stauts", "status")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "klar")).toBe(4);
    expect(editDistance("pågår", "pagar")).toBe(2);
    expect(editDistance("👍🏽", "👍")).toBe(1); // counts code points, not UTF-16 units
  });

  it("stops early past the limit", () => {
    expect(editDistance("a".repeat(10_000), "klar", 2)).toBe(3);
    expect(editDistance("abcdefgh", "stuvwxyz", 2)).toBe(3);
  });

  it("picks the closest candidate within the distance, earlier ones on ties", () => {
    expect(closest("mötet", ["möte", "möten"], 1)).toBe("möte");
    expect(closest("lsita", ["lista", "list"], 2)).toBe("lista");
    expect(closest("hej", ["hjälp", "status"], 2)).toBeUndefined();
    expect(closest("x", [], 3)).toBeUndefined();
  });

  it("tolerates more typos in longer words", () => {
    expect([typoTolerance("ny"), typoTolerance("klar"), typoTolerance("försenad")]).toEqual([0, 1, 2]);
  });
});
