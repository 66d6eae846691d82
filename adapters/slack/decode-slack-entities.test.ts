import { describe, expect, it } from "vitest";
import { decodeSlackEntities } from "./decode-slack-entities.js";

describe("decodeSlackEntities", () => {
  it("turns Slack's three escapes back into what the person typed", () => {
    expect(decodeSlackEntities("R&amp;D &lt;Lab&gt;")).toBe("R&D <Lab>");
  });

  it("decodes once, so a typed entity stays as typed", () => {
    expect(decodeSlackEntities("&amp;lt; &amp;amp; &quot;")).toBe("&lt; &amp; &quot;");
  });

  it("keeps Slack's link and mention forms readable, with a query string whole", () => {
    expect(decodeSlackEntities("calendar import robotics-tx <https://cal.example/feed.ics?a=1&amp;b=2|cal.example> <@U123|ana>")).toBe(
      "calendar import robotics-tx <https://cal.example/feed.ics?a=1&b=2|cal.example> <@U123|ana>",
    );
  });
});
