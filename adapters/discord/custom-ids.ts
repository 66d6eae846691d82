import { z } from "zod";
import { DISCORD_LIMITS } from "./discord-limits.js";

// What a button or modal carries back to us in its custom_id (at most 100 characters):
//   a|<action>|<value>                           a core button action
//   p|<session>|<part>                           open part N of a form held in FormSessions
//   f|<formId>|<part>|<parts>|<session>|<context> a modal; formId and context let a one-part form
//                                                be submitted even after a restart lost the session

export type CustomId =
  | { kind: "action"; action: string; value: string }
  | { kind: "open-part"; sessionId: string; part: number }
  | { kind: "modal"; formId: string; part: number; parts: number; sessionId: string | null; context: string };

const Segment = z.string().regex(/^[^|]*$/);
const Part = z.coerce.number().int().min(1).max(20);

const ActionSchema = z.tuple([z.literal("a"), Segment.min(1), z.string()]);
const OpenPartSchema = z.tuple([z.literal("p"), Segment.min(1), Part]);
const ModalSchema = z.tuple([z.literal("f"), Segment.min(1), Part, Part, Segment, z.string()]);

/** The custom_id for a reference; null when it would exceed Discord's 100 characters. */
export function encodeCustomId(id: CustomId): string | null {
  const encoded =
    id.kind === "action"
      ? ["a", id.action, id.value].join("|")
      : id.kind === "open-part"
        ? ["p", id.sessionId, id.part].join("|")
        : ["f", id.formId, id.part, id.parts, id.sessionId ?? "", id.context].join("|");
  return encoded.length <= DISCORD_LIMITS.customId ? encoded : null;
}

/** Reads a custom_id we issued; null for anything else (an old version's id, a forged one). */
export function decodeCustomId(customId: string): CustomId | null {
  const [kind, ...rest] = customId.split("|");
  if (kind === "a") {
    const parsed = ActionSchema.safeParse([kind, rest[0], rest.slice(1).join("|")]);
    return parsed.success && rest.length >= 2 ? { kind: "action", action: parsed.data[1], value: parsed.data[2] } : null;
  }
  if (kind === "p") {
    const parsed = OpenPartSchema.safeParse([kind, ...rest]);
    return parsed.success ? { kind: "open-part", sessionId: parsed.data[1], part: parsed.data[2] } : null;
  }
  if (kind === "f") {
    const parsed = ModalSchema.safeParse([kind, rest[0], rest[1], rest[2], rest[3], rest.slice(4).join("|")]);
    if (!parsed.success || rest.length < 5) return null;
    const [, formId, part, parts, sessionId, context] = parsed.data;
    return part <= parts ? { kind: "modal", formId, part, parts, sessionId: sessionId === "" ? null : sessionId, context } : null;
  }
  return null;
}
