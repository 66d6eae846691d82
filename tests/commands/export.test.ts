import { afterEach, describe, expect, it } from "vitest";
import type { Message } from "../../src/ui/reply.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

let testBot: TestBot;
afterEach(async () => testBot?.close());

/** An RFC 4180 reader, independent of the writer under test. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let index = 0; index < text.length; index++) {
    const char = text[index]!;
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') (cell += '"'), index++;
      else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ",") row.push(cell), (cell = "");
    else if (char === "\r" && text[index + 1] === "\n") row.push(cell), rows.push(row), (row = []), (cell = ""), index++;
    else cell += char;
  }
  return rows;
}

function fileOf(message: Message) {
  const file = message.blocks.find((block) => block.type === "file");
  if (file?.type !== "file") throw new Error("expected a file block");
  return file;
}

describe("export", () => {
  it("writes metric readings, check-ins and reflections as CSV that survives commas, quotes, line breaks and formulas", async () => {
    testBot = await createTestBot();
    const form = await testBot.run("checkin robotics-tx", maria);
    if (form.kind !== "form") throw new Error("expected the check-in form");
    const highlights = 'Build night, a "big" win\nand a second line';
    const blockers = '=HYPERLINK("http://example.test","click")';
    await testBot.bot.submitForm(form.formId, form.context, { status: "on-track", highlights, blockers, [form.fields[4]!.id]: "34" }, { actor: maria });
    const person = await testBot.store.db.chatIdentity.findFirstOrThrow({ where: { userId: "maria.alvarez" } });
    const partnership = await testBot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    const reflection = { partnershipId: partnership.id, personId: person.personId, platform: "discord" };
    await testBot.store.db.reflection.create({ data: { ...reflection, platformMessageId: "r1", body: "Kids said, \"best club ever\"", createdAt: new Date("2026-11-23T17:00:00Z") } });
    await testBot.store.db.reflection.create({ data: { ...reflection, platformMessageId: "r2", body: "deleted thought", deletedAt: new Date("2026-11-23T17:05:00Z") } });

    const reply = await testBot.say("export robotics-tx", visitor);
    const file = fileOf(reply);
    expect(file.filename).toBe("robotics-tx-2026-11-23.csv");
    expect(file.mimeType).toBe("text/csv");
    const rows = parseCsv(file.content);
    expect(rows[0]).toEqual(["type", "recorded_at", "round", "person", "metric", "value", "unit", "note", "status", "highlights", "blockers", "needs", "reflection"]);
    expect(rows.every((row) => row.length === 13)).toBe(true);

    const checkIn = rows.find((row) => row[0] === "check-in" && row[9] === highlights);
    expect(checkIn).toEqual(["check-in", "2026-11-23T18:00:00.000Z", "2026-11-23", "Maria Alvarez", "", "", "", "", "on-track", highlights, `'${blockers}`, "", ""]);
    expect(rows).toContainEqual(["metric-reading", "2026-11-23T18:00:00.000Z", "2026-11-23", "Maria Alvarez", "Robotics club enrollment", "34", "students", "check-in", "", "", "", "", ""]);
    const reflections = rows.filter((row) => row[0] === "reflection");
    expect(reflections.map((row) => row[12])).toEqual(['Kids said, "best club ever"']);
    const readings = await testBot.store.db.metricReading.count({ where: { metric: { partnershipId: partnership.id } } });
    expect(rows.filter((row) => row[0] === "metric-reading")).toHaveLength(readings);
  });

  it("is readable by anyone in the workspace and by nobody outside it", async () => {
    testBot = await createTestBot();
    const here = await testBot.say("export solar-oh", visitor);
    const checkIns = await testBot.store.db.checkInResponse.count({ where: { partnership: { handle: "solar-oh" } } });
    expect(parseCsv(fileOf(here).content).filter((row) => row[0] === "check-in")).toHaveLength(checkIns);
    const stranger = { platform: "discord", workspaceId: "G-OTHER", userId: "1", displayName: "Stranger", isPlatformAdmin: true };
    const elsewhere = await testBot.bot.runCommandLine("export solar-oh", { actor: stranger, channelId: "C1" });
    expect(elsewhere.kind === "message" && elsewhere.error).toBe("not-found");
  });
});
