import { MessageBuilder } from "../../ui/message-builder.js";
import type { Message } from "../../ui/reply.js";

/**
 * The button on a confirmation. Its value is the command line to run with `--yes` added: nothing a
 * person could not type themselves, so the command checks their permission again when it runs.
 */
export const CONFIRM_COMMAND_ACTION = "command.confirm";

export interface DestructiveChange {
  /** "Remove the partner Acme Robotics from robotics-tx?" */
  question: string;
  /** What goes, one line each: "3 readings of students-mentored", ... */
  goes: readonly string[];
  /** What stays, if anything worth saying: "its history stays in reports". */
  stays?: string;
  /** The command line that was typed, without `/partner` and without `--yes`. */
  line: string;
  /** The button's words: "Remove", "Delete", "Erase". */
  verb: string;
}

/**
 * A destructive command asks first: null when the user already confirmed (`--yes` or the button),
 * otherwise the message that says what will go, with a button and the line to type where there are
 * no buttons. Nothing changes until then.
 */
export function askToConfirm(confirmed: boolean, change: DestructiveChange): Message | null {
  if (confirmed) return null;
  const line = `${change.line} --yes`;
  const builder = new MessageBuilder(`Confirm: ${change.question}`).list("This will go", [...change.goes]);
  if (change.stays !== undefined) builder.text(change.stays);
  return builder
    .buttons([{ action: CONFIRM_COMMAND_ACTION, value: line, label: change.verb, style: "danger" }])
    .context(`Nothing has changed yet. To go ahead, press ${change.verb} or type: /partner ${line}`)
    .build();
}

// Quote pairs the tokenizer reads (tokenize-command-line.ts), with what closes each: “ closes on " too.
const QUOTE_PAIRS: [string, string, RegExp][] = [['"', '"', /"/], ["'", "'", /'/], ["«", "»", /»/], ["“", "”", /[”"]/]];

/**
 * Quotes one argument for a command line when it has spaces or quotes, with a quote pair it does
 * not contain, so the line typed back (or the button) names the same thing: `Build "Rover"` becomes
 * `'Build "Rover"'`.
 */
export function quoteArgument(value: string): string {
  if (/^[^\s"'“”‘’«»]+$/.test(value)) return value;
  const pair = QUOTE_PAIRS.find(([, , closes]) => !closes.test(value));
  return pair === undefined ? `"${value.replace(/"/g, "'")}"` : `${pair[0]}${value}${pair[1]}`;
}
