import { describe, expect, it } from "vitest";
import { quoteArgument } from "../../../src/commands/confirm/ask-to-confirm.js";
import { tokenizeCommandLine } from "../../../src/commands/tokenize-command-line.js";

// A confirmation's button and its `--yes` line name the thing by the words the user saw: reading the
// line back must give exactly the same words, whatever quotes they hold.
describe("quoteArgument", () => {
  it.each(["robotics", "Kickoff build night", 'Build "Rover" night', "O'Brien's lab", `She said "it's done"`, "«Fête» de la science", "“Curly” quotes"])(
    "GIVEN %j THEN the tokenizer reads it back as one word, unchanged",
    (value) => {
      expect(tokenizeCommandLine(`milestone delete robotics-tx ${quoteArgument(value)} --yes`)).toEqual(["milestone", "delete", "robotics-tx", value, "--yes"]);
    },
  );
});
