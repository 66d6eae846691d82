import { describe, expect, it } from "vitest";
import { scrubStoredJson, scrubText } from "../../src/store/scrub-personal-data.js";

const maria = { names: ["Maria Alvarez", "Al"], userIds: ["U0MARIA42"] };

describe("scrubbing a forgotten person out of stored text", () => {
  it("GIVEN a name and a user id THEN replaces whole words only, ignoring case", () => {
    expect(scrubText("Answered: MARIA ALVAREZ and <@U0MARIA42>; Always ready, Al said", maria)).toBe("Answered: a former liaison and <@(erased)>; Always ready, a former liaison said");
    expect(scrubText("U0MARIA421 is someone else", maria)).toBe("U0MARIA421 is someone else");
  });

  it("GIVEN stored JSON THEN keeps its shape, drops the user id from lists of people and scrubs every string", () => {
    const stored = JSON.stringify({ message: { heading: "Week", blocks: [{ type: "text", text: "Maria Alvarez answered" }] }, mentions: ["U0MARIA42", "U0DEV"], identity: { platform: "slack", userId: "U0MARIA42" }, count: 3 });
    expect(JSON.parse(scrubStoredJson(stored, maria))).toEqual({
      message: { heading: "Week", blocks: [{ type: "text", text: "a former liaison answered" }] },
      mentions: ["U0DEV"],
      identity: { platform: "slack", userId: "(erased)" },
      count: 3,
    });
  });

  it("GIVEN text that is not JSON THEN scrubs it as text", () => {
    expect(scrubStoredJson("delivery to U0MARIA42 failed", maria)).toBe("delivery to (erased) failed");
  });
});
