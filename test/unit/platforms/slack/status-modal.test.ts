// The Slack status form speaks the group's language: the button that opens it carries the language of
// its message, and the form, its status options and its field errors are written in that language.
import type { ViewOutput } from "@slack/bolt";
import { describe, expect, it } from "vitest";
import { activityReply } from "../../../../src/core/replies/activity-replies.ts";
import { type ActivityView, inLocale, type Reply } from "../../../../src/core/reply.ts";
import { decodeButtonValue } from "../../../../src/platforms/slack/action-ids.ts";
import { renderBlocks } from "../../../../src/platforms/slack/render-blocks.ts";
import { readStatusModal, statusModal } from "../../../../src/platforms/slack/status-modal.ts";
import { en } from "../../../../src/texts/en.ts";
import { sv } from "../../../../src/texts/sv.ts";
import { modalView } from "../../../support/slack-block-schema.ts";
import { button } from "../../../support/slack-blocks.ts";

const activity: ActivityView = {
  id: 13,
  number: 13,
  title: "Se över föreningsregistret",
  status: "pagar",
  overdue: false,
  owners: ["Anna Fogel"],
  planName: "Handlingsplan 2017–2018",
  party: "stad",
  updates: [],
};

/** The form as the comment button on `reply` opens it (command-button.ts builds the origin so). */
function formFrom(reply: Reply, label: string) {
  const value = decodeButtonValue(button(renderBlocks(reply, { maxBlocks: 50 }), label).value);
  if (value?.action.kind !== "status_form") throw new Error("not the form's button");
  const origin = {
    n: value.action.number,
    team: "T1",
    ch: "C1",
    ...(value.locale ? { l: value.locale } : {}),
  };
  return statusModal(origin, value.action.status);
}

function texts(form: ReturnType<typeof statusModal>): string {
  return JSON.stringify(form);
}

type State = ViewOutput["state"];
const state = (fields: { status?: string; comment?: string; deadline?: string }): State =>
  ({
    values: {
      status: {
        value: fields.status ? { selected_option: { text: { text: "" }, value: fields.status } } : {},
      },
      comment: { value: { value: fields.comment ?? null } },
      deadline: { value: { selected_date: fields.deadline ?? null } },
    },
  }) as unknown as State;

describe("the status modal", () => {
  it("is English for an English group, from the button on the group's message", () => {
    const form = formFrom(inLocale(activityReply(en, activity), "en"), en.activity.actions.comment);
    modalView.parse(form);
    expect(form.title.text).toBe("Activity 13");
    expect(form.submit?.text).toBe("Save");
    expect(form.close?.text).toBe("Cancel");
    const blocks = form.blocks as { label: { text: string }; hint?: { text: string } }[];
    expect(blocks.map((b) => b.label.text)).toEqual(["Status", "Comment", "New deadline"]);
    expect(blocks[2]?.hint?.text).toBe("Only coordinators can change the deadline.");
    const all = texts(form);
    expect(all).toContain("Choose a status");
    expect(all).toContain("What has happened? (shown in the history and in the channel)");
    // The options are the English statuses, the current one chosen.
    expect(all).toContain("in progress");
    expect(all).toContain("cancelled");
    expect(all).not.toMatch(/Aktivitet|Spara|Avbryt|Välj|Kommentar|pågår|samordnare/);
    expect(JSON.parse(form.private_metadata ?? "{}")).toMatchObject({ n: 13, l: "en" });
  });

  it("is Swedish for a Swedish group, and when the form does not say", () => {
    const form = formFrom(inLocale(activityReply(sv, activity), "sv"), sv.activity.actions.comment);
    expect(form.title.text).toBe("Aktivitet 13");
    expect(form.submit?.text).toBe("Spara");
    expect(texts(form)).toContain("pågår");
    expect(statusModal({ n: 4, team: "T1" }).title.text).toBe("Aktivitet 4");
  });

  it("gives an English form's field errors in English, and a Swedish one's in Swedish", () => {
    const english = JSON.stringify({ n: 13, team: "T1", l: "en" });
    const swedish = JSON.stringify({ n: 13, team: "T1" });
    const read = (metadata: string, fields: Parameters<typeof state>[0]) =>
      readStatusModal({ private_metadata: metadata, state: state(fields) });
    expect(read(english, {})).toEqual({ ok: false, errors: { status: "Choose a status." } });
    expect(read(english, { status: "klar", comment: "x".repeat(2001) })).toEqual({
      ok: false,
      errors: { comment: "At most 2000 characters." },
    });
    expect(read(english, { status: "klar", deadline: "15 mars" })).toEqual({
      ok: false,
      errors: { deadline: "Choose a date in the calendar." },
    });
    // Metadata that no longer reads still names its language.
    expect(read(JSON.stringify({ l: "en" }), { status: "klar" })).toEqual({
      ok: false,
      errors: { status: "This form is too old. Close it and open it again." },
    });
    expect(read(swedish, {})).toEqual({ ok: false, errors: { status: "Välj en status." } });
    expect(read("not json", { status: "klar" })).toEqual({
      ok: false,
      errors: { status: "Formuläret är för gammalt. Stäng det och öppna det igen." },
    });
    expect(read(english, { status: "klar", comment: " Klart " })).toMatchObject({
      ok: true,
      input: { status: "klar", comment: "Klart" },
    });
  });
});
