import { z } from "zod";
import { describe, expect, it } from "vitest";
import { DISCORD_LIMITS } from "../../../adapters/discord/discord-limits.js";
import { buildPartnerCommand, countCommandCharacters, type PartnerCommandTree } from "../../../adapters/discord/partner-command/build-partner-command.js";
import { readCommandOptions, toRawArguments } from "../../../adapters/discord/partner-command/read-command-options.js";
import type { ArgumentSpec, Command } from "../../../src/commands/command.js";
import { CommandRegistry } from "../../../src/commands/command-registry.js";
import { createCommandRegistry } from "../../../src/commands/create-command-registry.js";
import { textMessage } from "../../../src/ui/message-builder.js";

const NAME = /^[-_\p{L}\p{N}]{1,32}$/u;

/** Every rule Discord checks when the command is registered, asserted on the JSON we would send. */
function expectValidForDiscord(tree: PartnerCommandTree): void {
  const { body } = tree;
  expect(body.name).toMatch(NAME);
  expect(countCommandCharacters(body)).toBeLessThanOrEqual(DISCORD_LIMITS.commandCharacters);
  const top = body.options ?? [];
  expect(top.length).toBeLessThanOrEqual(DISCORD_LIMITS.subcommands);
  const check = (option: any, depth: number) => {
    expect(option.name).toMatch(NAME);
    expect(option.name).toBe(option.name.toLowerCase());
    expect(option.description.length).toBeGreaterThanOrEqual(1);
    expect(option.description.length).toBeLessThanOrEqual(DISCORD_LIMITS.description);
    const children = option.options ?? [];
    expect(children.length).toBeLessThanOrEqual(DISCORD_LIMITS.options);
    expect(new Set(children.map((child: any) => child.name)).size).toBe(children.length);
    const firstOptional = children.findIndex((child: any) => child.type >= 3 && child.required !== true);
    if (firstOptional >= 0) expect(children.slice(firstOptional).every((child: any) => child.required !== true)).toBe(true);
    for (const choice of option.choices ?? []) expect(choice.name.length).toBeLessThanOrEqual(DISCORD_LIMITS.choiceName);
    expect((option.choices ?? []).length).toBeLessThanOrEqual(DISCORD_LIMITS.choices);
    for (const child of children) check(child, depth + 1);
    expect(depth).toBeLessThanOrEqual(3);
  };
  for (const option of top) check(option, 1);
  expect(new Set(top.map((option) => option.name)).size).toBe(top.length);
}

// Built by hand, not with defineCommand: these tests are about the specs Discord reads, whatever built them.
function fakeCommand(name: string, args: ArgumentSpec[] = []): Command {
  return { name, summary: `does ${name} `.repeat(20), arguments: args, schema: z.object({}), examples: [], handle: async () => textMessage(name) };
}

describe("/partner built from the command registry", () => {
  it("respects every Discord limit with the commands the core has today", () => {
    expectValidForDiscord(buildPartnerCommand(createCommandRegistry().all()));
  });

  it("reaches every registered command, as a subcommand or through /partner more", () => {
    const registry = createCommandRegistry();
    const tree = buildPartnerCommand(registry.all());
    const routed = [...tree.routes.values()].flatMap((route) => (route.kind === "command" ? [route.command] : []));
    expect([...routed, ...tree.viaCommandLine].sort()).toEqual(registry.all().map((command) => command.name).sort());
  });

  it("sends occasional commands through /partner more before an everyday one", () => {
    const tree = buildPartnerCommand(createCommandRegistry().all());
    const routed = new Set([...tree.routes.values()].flatMap((route) => (route.kind === "command" ? [route.command] : [])));
    for (const everyday of ["status", "checkin", "metric record", "milestone done", "report", "dashboard", "link", "reflections", "schedule set", "pause", "resume"]) expect(routed.has(everyday), everyday).toBe(true);
    for (const occasional of ["metric correct", "milestone delete", "renew", "forget"]) expect(tree.viaCommandLine).toContain(occasional);
  });

  it("keeps occasional commands as subcommands while there is room", () => {
    const commands = [fakeCommand("status"), { ...fakeCommand("forget"), occasional: true }];
    const tree = buildPartnerCommand(commands);
    expect(tree.viaCommandLine).toEqual([]);
    expect(tree.routes.get("forget")).toMatchObject({ kind: "command", command: "forget" });
  });

  it("turns two-word commands into a group with subcommands, and one-word ones into subcommands", () => {
    const tree = buildPartnerCommand(createCommandRegistry().all());
    expect(tree.routes.get("status")).toMatchObject({ kind: "command", command: "status" });
    const twoWord = createCommandRegistry().all().find((command) => command.name.includes(" "));
    if (twoWord !== undefined) expect(tree.routes.get(twoWord.name)).toMatchObject({ kind: "command", command: twoWord.name });
  });

  it("types options: partnerships autocompleted, numbers as numbers, people as users, short choice lists as choices", () => {
    const registry = new CommandRegistry([
      fakeCommand("metric record", [
        { name: "partnership", description: "the partnership", kind: "partnership", required: true },
        { name: "value", description: "the reading", kind: "number", required: true },
        { name: "who", description: "who measured", kind: "user", required: false },
        { name: "direction", description: "which way is good", kind: "choice", required: false, choices: ["increase", "decrease"] },
        { name: "due", description: "when", kind: "date", required: false },
        { name: "estimate", description: "a guess", kind: "flag" as ArgumentSpec["kind"], required: false },
      ]),
    ]);
    const group = buildPartnerCommand(registry.all()).body.options![0] as any;
    const options = group.options[0].options;
    expect(group).toMatchObject({ type: 2, name: "metric" });
    expect(options.map((option: any) => [option.name, option.type])).toEqual([["partnership", 3], ["value", 10], ["who", 6], ["direction", 3], ["due", 3], ["estimate", 5]]);
    expect(options[0].autocomplete).toBe(true);
    expect(options[3].choices).toEqual([{ name: "increase", value: "increase" }, { name: "decrease", value: "decrease" }]);
    expect(options[4].description).toContain("YYYY-MM-DD");
  });

  it("lists required options first, as Discord demands, and still maps each value to its argument", () => {
    const registry = new CommandRegistry([
      fakeCommand("note", [
        { name: "tone", description: "optional first", kind: "text", required: false },
        { name: "partnership", description: "required second", kind: "partnership", required: true },
      ]),
    ]);
    const tree = buildPartnerCommand(registry.all());
    expect((tree.body.options![0] as any).options.map((option: any) => option.name)).toEqual(["partnership", "tone"]);
    const options = readCommandOptions([{ name: "note", type: 1, options: [{ name: "tone", type: 3, value: " calm " }, { name: "partnership", type: 3, value: "robotics-tx" }] }]);
    const route = tree.routes.get(options!.path);
    expect(route?.kind === "command" && toRawArguments(route, options!.values)).toEqual({ tone: "calm", partnership: "robotics-tx" });
  });

  it("passes a user option to the core as a mention with the person's server name", () => {
    const registry = new CommandRegistry([fakeCommand("coordinator add", [{ name: "person", description: "who", kind: "user", required: true }])]);
    const tree = buildPartnerCommand(registry.all());
    const person = { name: "person", type: 6, value: "123456789", user: { username: "bo", globalName: "Bo Member" } };
    const withNickname = readCommandOptions([{ name: "coordinator", type: 2, options: [{ name: "add", type: 1, options: [{ ...person, member: { nickname: "Bo <Ridgeline|Eng>" } }] }] }]);
    const route = tree.routes.get(withNickname!.path);
    expect(route?.kind === "command" && toRawArguments(route, withNickname!.values)).toEqual({ person: "<@123456789|Bo RidgelineEng>" });
    const bare = readCommandOptions([{ name: "coordinator", type: 2, options: [{ name: "add", type: 1, options: [{ name: "person", type: 6, value: "123456789" }] }] }]);
    expect(route?.kind === "command" && toRawArguments(route, bare!.values)).toEqual({ person: "<@123456789>" });
  });

  it("passes a yes/no option to the core as yes or no", () => {
    const tree = buildPartnerCommand(new CommandRegistry([fakeCommand("survey create", [{ name: "anonymous", description: "no names", kind: "flag" as ArgumentSpec["kind"], required: false }])]).all());
    const options = readCommandOptions([{ name: "survey", type: 2, options: [{ name: "create", type: 1, options: [{ name: "anonymous", type: 5, value: true }] }] }]);
    const route = tree.routes.get(options!.path);
    expect(route?.kind === "command" && toRawArguments(route, options!.values)).toEqual({ anonymous: "yes" });
  });

  it("makes a one-word command that shares a family's name that family's `show`", () => {
    const registry = new CommandRegistry([fakeCommand("schedule"), fakeCommand("schedule set")]);
    const tree = buildPartnerCommand(registry.all());
    expect(tree.routes.get("schedule show")).toMatchObject({ command: "schedule" });
    expect(tree.routes.get("schedule set")).toMatchObject({ command: "schedule set" });
    expectValidForDiscord(tree);
  });

  it("keeps commands beyond 25 subcommands and groups reachable through /partner more", () => {
    const commands = Array.from({ length: 40 }, (_, index) => fakeCommand(`family${index} verb`, [{ name: "partnership", description: "the partnership", kind: "partnership", required: true }]));
    const tree = buildPartnerCommand(new CommandRegistry(commands).all());
    expectValidForDiscord(tree);
    expect(tree.body.options).toHaveLength(DISCORD_LIMITS.subcommands);
    expect(tree.routes.get("more")).toEqual({ kind: "command-line" });
    expect(tree.routes.size - 1 + tree.viaCommandLine.length).toBe(40);
  });

  it("sends a command with more than 25 arguments through /partner more instead of failing to register", () => {
    const many = Array.from({ length: 30 }, (_, index): ArgumentSpec => ({ name: `field${index}`, description: "a field", kind: "text", required: false }));
    const tree = buildPartnerCommand(new CommandRegistry([fakeCommand("status"), fakeCommand("survey create", many)]).all());
    expectValidForDiscord(tree);
    expect(tree.viaCommandLine).toEqual(["survey create"]);
    expect(tree.routes.has("status")).toBe(true);
  });

  it("shortens descriptions rather than exceed Discord's 8000 characters per command", () => {
    const options = (count: number) => Array.from({ length: count }, (_, index): ArgumentSpec => ({ name: `option${index}`, description: "a rather long description of this option ".repeat(4), kind: "text", required: false }));
    const commands = Array.from({ length: 24 }, (_, index) => fakeCommand(`family${index} verb`, options(6)));
    const tree = buildPartnerCommand(new CommandRegistry(commands).all());
    expectValidForDiscord(tree);
    expect([...tree.routes.keys()].length + tree.viaCommandLine.length).toBeGreaterThanOrEqual(24);
  });

  it("rejects option shapes it never registered", () => {
    expect(readCommandOptions([])).toBeNull();
    expect(readCommandOptions([{ name: "x", type: 3, value: "loose option" }])).toBeNull();
    expect(readCommandOptions("nonsense")).toBeNull();
  });
});
