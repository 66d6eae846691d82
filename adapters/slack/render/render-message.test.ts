import { describe, expect, it } from "vitest";
import { MessageBuilder } from "../../../src/ui/message-builder.js";
import { messageLimitViolations } from "../testing/slack-limit-violations.js";
import { renderMessage } from "./render-message.js";

describe("renderMessage", () => {
  it("escapes what people type so <!channel> pings nobody", () => {
    const [part] = renderMessage(new MessageBuilder().text("Tell <!channel> & <@U123> about it").build());
    expect(part!.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "Tell &lt;!channel&gt; &amp; &lt;@U123&gt; about it" } });
  });

  it("escapes a heading in the notification text, so only the bot's own mentions ping", () => {
    const [part] = renderMessage(new MessageBuilder("Milestone: <!channel> <@U9> <https://evil|x> R&D").text("hi").build(), { mentions: ["U1"] });
    expect(part!.text).toBe("<@U1> Milestone: &lt;!channel&gt; &lt;@U9&gt; &lt;https://evil|x&gt; R&amp;D");
  });

  it("takes the notification text from the first section of its own, escaped, when there is no heading", () => {
    const [part] = renderMessage(new MessageBuilder().text("<!here> & more").build(), { mentions: ["U1"] });
    expect(part!.text).toBe("<@U1> &lt;!here&gt; &amp; more");
  });

  it("never cuts an escaped entity when the notification text is clipped", () => {
    const [part] = renderMessage(new MessageBuilder(`${"a".repeat(2996)}<<<<`).build());
    expect(part!.text.length).toBeLessThanOrEqual(3000);
    expect(part!.text).toMatch(/a…$/);
  });

  it("puts mentions on top and in the notification text", () => {
    const [part] = renderMessage(new MessageBuilder("Check-in").text("How is it going?").build(), { mentions: ["U1", "U2"] });
    expect(part!.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: "<@U1> <@U2>" } });
    expect(part!.text).toBe("<@U1> <@U2> Check-in");
  });

  it("turns a heading longer than a header block allows into a bold section", () => {
    const heading = "A".repeat(151);
    const [part] = renderMessage(new MessageBuilder(heading).build());
    expect(part!.blocks[0]).toEqual({ type: "section", text: { type: "mrkdwn", text: `*${heading}*` } });
  });

  it("spreads more than ten fields over several sections", () => {
    const fields = Array.from({ length: 23 }, (_, index) => ({ label: `Field ${index}`, value: `value ${index}` }));
    const [part] = renderMessage(new MessageBuilder().fields(fields).build());
    const sections = part!.blocks.filter((block) => block.type === "section");
    expect(sections.map((block) => (block.type === "section" ? block.fields?.length : 0))).toEqual([10, 10, 3]);
  });

  it("packs consecutive progress bars into shared sections", () => {
    const message = new MessageBuilder();
    for (let index = 0; index < 25; index++) message.progress(`Metric ${index}`, index / 25, `${index} of 25`);
    const [part] = renderMessage(message.build());
    expect(part!.blocks.length).toBeLessThan(5);
    expect(JSON.stringify(part!.blocks)).toContain("*Metric 24*\\n`▓▓▓▓▓▓▓▓▓▓ 96%`  24 of 25");
  });

  it("splits 30 buttons over two actions blocks, each with a unique action id, and spells out a label too long for a button", () => {
    const long = `Answer the check-in for ${"a very long partnership name ".repeat(3)}`;
    const buttons = Array.from({ length: 30 }, (_, index) => ({ action: "checkin.start", value: String(index), label: index === 0 ? long : `Button ${index}` }));
    const [part] = renderMessage(new MessageBuilder().buttons(buttons).build());
    expect(messageLimitViolations(part!)).toEqual([]);
    const actions = part!.blocks.filter((block) => block.type === "actions");
    expect(actions.map((block) => (block.type === "actions" ? block.elements.length : 0))).toEqual([25, 5]);
    const ids = actions.flatMap((block) => (block.type === "actions" ? block.elements.map((element) => (element as { action_id: string }).action_id) : []));
    expect(new Set(ids).size).toBe(30);
    expect(JSON.stringify(part!.blocks.at(-1))).toContain(long.trim());
  });

  it("leaves buttons out of a prompt that was answered", () => {
    const message = new MessageBuilder("Check-in").buttons([{ action: "checkin.start", value: "1", label: "Start check-in" }]).build();
    expect(renderMessage(message, { withoutActions: true })[0]!.blocks.some((block) => block.type === "actions")).toBe(false);
  });
});
