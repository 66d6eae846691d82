import type { Command } from "./command.js";

/** The one list of commands that every adapter parses with (Slack text, Discord options, console lines). */
export class CommandRegistry {
  private readonly byName = new Map<string, Command>();

  constructor(commands: readonly Command[]) {
    for (const command of commands) {
      if (this.byName.has(command.name)) throw new Error(`Two commands are named "${command.name}"`);
      this.byName.set(command.name, command);
    }
  }

  all(): Command[] {
    return [...this.byName.values()];
  }

  find(name: string): Command | undefined {
    return this.byName.get(name);
  }

  /** Commands grouped by their first word: "metric" -> [metric add, metric record, ...]. */
  families(): Map<string, Command[]> {
    const families = new Map<string, Command[]>();
    for (const command of this.byName.values()) {
      const family = command.name.split(" ")[0]!;
      families.set(family, [...(families.get(family) ?? []), command]);
    }
    return families;
  }

  /** The command the first one or two words name, and the words after it. */
  match(words: readonly string[]): { command: Command; rest: string[] } | undefined {
    const [first, second] = words.map((word) => word.toLowerCase());
    if (first === undefined) return undefined;
    const pair = second === undefined ? undefined : this.byName.get(`${first} ${second}`);
    if (pair !== undefined) return { command: pair, rest: words.slice(2) };
    const single = this.byName.get(first);
    return single === undefined ? undefined : { command: single, rest: words.slice(1) };
  }
}
