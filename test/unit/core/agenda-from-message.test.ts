// A chat message as an agenda point: the platform's markup taken out, the link kept whole and the words
// cut to fit, a link that is not https left out, and no words at all as "".
import { describe, expect, it } from "vitest";
import { agendaPointFromMessage } from "../../../src/core/agenda-from-message.ts";
import { MAX_COMMENT_LENGTH } from "../../../src/core/command.ts";

describe("agendaPointFromMessage", () => {
  it("reads Slack's markup as words", () => {
    expect(
      agendaPointFromMessage({
        text: "Se <https://x.se|förslaget> i <#C1|lok> &lt;3 <@U1>",
        markup: "slack",
      }),
    ).toBe("Se förslaget i #lok <3 @U1");
  });
  it("reads Teams' HTML as words", () => {
    expect(
      agendaPointFromMessage({ text: "<div>Rad ett<br>rad &Ouml;&#228;&#x00e5;</div>", markup: "html" }),
    ).toBe("Rad ett rad Öäå");
  });
  it("keeps the link whole and cuts the words to fit", () => {
    const link = "https://orebro.slack.com/archives/C1/p1";
    const point = agendaPointFromMessage({ text: "ord ".repeat(1000), markup: "plain" }, link);
    expect(point.length).toBeLessThanOrEqual(MAX_COMMENT_LENGTH);
    expect(point.endsWith(`… (${link})`)).toBe(true);
  });
  it("leaves out a link that is not https, and gives nothing for a message without words", () => {
    expect(agendaPointFromMessage({ text: "Hej", markup: "plain" }, "javascript:alert(1)")).toBe("Hej");
    expect(agendaPointFromMessage({ text: "<p> </p>", markup: "html" }, "https://x.se/1")).toBe("");
  });
});
