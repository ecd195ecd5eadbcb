// Slack's documented Block Kit limits as zod schemas (https://docs.slack.dev/reference/block-kit):
// every block the app sends in the tests is checked against them. Strict objects, so a misspelt or
// unknown field fails too.
import { z } from "zod";
import type { FakeSlack } from "./slack-fake-api.ts";

const blockId = z.string().min(1).max(255).optional();
const plain = (max: number) =>
  z.strictObject({
    type: z.literal("plain_text"),
    text: z.string().min(1).max(max),
    emoji: z.boolean().optional(),
  });
const mrkdwn = (max: number) =>
  z.strictObject({
    type: z.literal("mrkdwn"),
    text: z.string().min(1).max(max),
    verbatim: z.boolean().optional(),
  });
const text = (max: number) => z.union([plain(max), mrkdwn(max)]);

const button = z.strictObject({
  type: z.literal("button"),
  action_id: z.string().min(1).max(255),
  text: plain(75),
  value: z.string().max(2000).optional(),
  style: z.enum(["primary", "danger"]).optional(),
});

const uniqueActionIds = (elements: { action_id: string }[]) =>
  new Set(elements.map((e) => e.action_id)).size === elements.length;

const header = z.strictObject({ type: z.literal("header"), block_id: blockId, text: plain(150) });
const section = z
  .strictObject({
    type: z.literal("section"),
    block_id: blockId,
    text: text(3000).optional(),
    fields: z.array(text(2000)).min(1).max(10).optional(),
    accessory: button.optional(),
  })
  .refine((s) => s.text || s.fields, "a section needs text or fields");
const context = z.strictObject({
  type: z.literal("context"),
  block_id: blockId,
  elements: z.array(text(3000)).min(1).max(10),
});
const actions = z.strictObject({
  type: z.literal("actions"),
  block_id: blockId,
  elements: z.array(button).min(1).max(25).refine(uniqueActionIds, "action_id must be unique in a block"),
});
const divider = z.strictObject({ type: z.literal("divider"), block_id: blockId });

const option = z.strictObject({ text: plain(75), value: z.string().min(1).max(150) });
const element = z.union([
  z.strictObject({
    type: z.literal("static_select"),
    action_id: z.string().min(1).max(255),
    placeholder: plain(150).optional(),
    options: z.array(option).min(1).max(100),
    initial_option: option.optional(),
  }),
  z.strictObject({
    type: z.literal("plain_text_input"),
    action_id: z.string().min(1).max(255),
    multiline: z.boolean().optional(),
    max_length: z.number().int().min(1).max(3000).optional(),
    min_length: z.number().int().min(0).max(3000).optional(),
    placeholder: plain(150).optional(),
    initial_value: z.string().optional(),
  }),
  z.strictObject({
    type: z.literal("datepicker"),
    action_id: z.string().min(1).max(255),
    initial_date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
    placeholder: plain(150).optional(),
  }),
]);
const input = z.strictObject({
  type: z.literal("input"),
  block_id: blockId,
  label: plain(2000),
  hint: plain(2000).optional(),
  optional: z.boolean().optional(),
  element,
});

export const slackBlock = z.union([header, section, context, actions, divider, input]);
export const messageBlocks = z.array(slackBlock).min(1).max(50);
export const viewBlocks = z.array(slackBlock).min(1).max(100);

export const messagePayload = z.looseObject({
  text: z.string().min(1).max(40_000),
  blocks: messageBlocks.optional(),
});

export const modalView = z.strictObject({
  type: z.literal("modal"),
  callback_id: z.string().min(1).max(255),
  private_metadata: z.string().max(3000),
  title: plain(24),
  submit: plain(24),
  close: plain(24),
  blocks: viewBlocks,
});

export const homeView = z.strictObject({ type: z.literal("home"), blocks: viewBlocks });

/** Checks every message, modal and home view the app sent to the fake against Slack's limits. */
export function assertSlackLimits(fake: FakeSlack): number {
  let checked = 0;
  for (const call of fake.calls) {
    if (["chat.postMessage", "chat.postEphemeral", "chat.update"].includes(call.method)) {
      messagePayload.parse(call.args);
      checked++;
    } else if (call.method === "views.open") {
      modalView.parse(call.args.view);
      checked++;
    } else if (call.method === "views.publish") {
      homeView.parse(call.args.view);
      checked++;
    }
  }
  for (const response of fake.responses) {
    messagePayload.parse(response.body);
    checked++;
  }
  return checked;
}
