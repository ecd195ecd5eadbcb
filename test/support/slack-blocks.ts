// Reading what the app sent: the buttons in a set of blocks, and all of their text.
export interface SentButton {
  action_id: string;
  value: string;
  text: { text: string };
}

type AnyBlock = {
  type: string;
  text?: { text: string };
  fields?: { text: string }[];
  elements?: (SentButton | { text: string })[];
  accessory?: SentButton;
};

export function buttonsIn(blocks: unknown): SentButton[] {
  const out: SentButton[] = [];
  for (const b of (blocks ?? []) as AnyBlock[]) {
    if (b.type === "actions") out.push(...((b.elements ?? []) as SentButton[]));
    if (b.accessory) out.push(b.accessory);
  }
  return out;
}

export function button(blocks: unknown, label: string): SentButton {
  const found = buttonsIn(blocks).find((b) => b.text.text === label);
  if (!found) throw new Error(`no button "${label}"`);
  return found;
}

export function textOf(blocks: unknown): string {
  const parts: string[] = [];
  for (const b of (blocks ?? []) as AnyBlock[]) {
    if (b.text) parts.push(b.text.text);
    for (const f of b.fields ?? []) parts.push(f.text);
    if (b.type === "context") for (const e of b.elements ?? []) parts.push((e as { text: string }).text);
  }
  return parts.join("\n");
}
