import { describe, expect, it } from "vitest";
import { tokenizeCommandLine } from "../../../src/commands/tokenize-command-line.js";

describe("tokenizeCommandLine", () => {
  it("keeps a quoted phrase together", () => {
    expect(tokenizeCommandLine('new robotics-tx "Middle School Robotics" --models mentorship')).toEqual([
      "new",
      "robotics-tx",
      "Middle School Robotics",
      "--models",
      "mentorship",
    ]);
  });

  it("accepts the curly quotes Slack and phones type", () => {
    expect(tokenizeCommandLine("charter set solar-oh “Students build a real array”")).toEqual(["charter", "set", "solar-oh", "Students build a real array"]);
  });

  it("leaves an apostrophe inside a word alone", () => {
    expect(tokenizeCommandLine("need add x mentors we don't have enough")).toEqual(["need", "add", "x", "mentors", "we", "don't", "have", "enough"]);
  });

  it("keeps an empty quoted argument", () => {
    expect(tokenizeCommandLine('metric record x y 3 ""')).toEqual(["metric", "record", "x", "y", "3", ""]);
  });
});
