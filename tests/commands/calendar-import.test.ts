import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { CONFIRM_COMMAND_ACTION } from "../../src/commands/confirm/ask-to-confirm.js";
import { plainTextOf } from "../../src/ui/plain-text-of.js";
import type { Message } from "../../src/ui/reply.js";
import { startLocalHttpsServer, testFetchPolicy, type LocalHttpsServer } from "../support/local-https-server.js";
import { createTestBot, maria, visitor, type TestBot } from "../support/test-bot.js";

const fixture = (name: string) => readFileSync(new URL(`../fixtures/calendars/${name}`, import.meta.url), "utf8");

let testBot: TestBot | undefined;
let server: LocalHttpsServer | undefined;
afterEach(async () => {
  await testBot?.close();
  await server?.close();
  testBot = server = undefined;
});

/** A district's web server: serves `files[path]`, which a test may change between reads. */
async function startDistrict(files: Record<string, string>, kind: "sqlite" | "postgres" = "sqlite"): Promise<{ bot: TestBot; base: string }> {
  server = await startLocalHttpsServer((request, response) => {
    const file = files[request.url ?? ""];
    if (file === undefined) response.writeHead(404).end("SECRET not here");
    else response.writeHead(200, { "content-type": "text/calendar" }).end(file);
  });
  testBot = await createTestBot({ kind, outboundFetch: testFetchPolicy({ "calendar.test": "127.0.0.1" }) });
  return { bot: testBot, base: `https://calendar.test:${server.port}` };
}

async function calendarState(bot: TestBot) {
  const db = bot.store.db;
  const blackouts = await db.blackout.findMany({ orderBy: [{ startsOn: "asc" }, { id: "asc" }], select: { startsOn: true, endsOn: true, reason: true, source: true } });
  return { blackouts: blackouts.map((blackout) => `${blackout.startsOn}..${blackout.endsOn} ${blackout.reason} (${blackout.source})`), audits: await db.auditEntry.count(), sources: await db.calendarSource.count() };
}

function confirmLine(reply: Message): string {
  const actions = reply.blocks.find((block) => block.type === "actions");
  if (actions?.type !== "actions") throw new Error(`no button in ${plainTextOf(reply)}`);
  expect(actions.buttons[0]!.action).toBe(CONFIRM_COMMAND_ACTION);
  return actions.buttons[0]!.value;
}

describe("calendar import: a preview first, then the import", () => {
  it("shows what becomes a blackout and what is ignored, changes nothing, and the button imports exactly what was previewed", async () => {
    const files = { "/lincoln.ics": fixture("lincoln-isd-2026-27.ics") };
    const { bot, base } = await startDistrict(files);
    const before = await calendarState(bot);
    const preview = await bot.say(`calendar import robotics-tx ${base}/lincoln.ics`, maria);
    const text = plainTextOf(preview);
    expect(preview.heading).toBe("Preview: Lincoln ISD 2026-27 for Middle School Robotics Mentorship");
    expect(text).toContain("4 days off would become blackouts (no check-ins on those days); 5 school days and events are ignored.");
    expect(text).toContain('2026-11-25 to 2026-11-27: No School - Thanksgiving Holiday ("no school" in its title)');
    expect(text).toContain("2026-12-21 to 2027-01-01: Winter Break (category HOLIDAY)");
    for (const ignored of ["Book Fair (no closure word in its title)", "Picture Day", "Town Hall Grade 6", "Quarter 2 Ends", 'Winter Holiday Concert ("concert" makes it a school event)']) expect(text).toContain(ignored);
    expect(text).toContain("1 events with a time of day (meetings, not days off)");
    expect(text).toContain("Against what is imported now: 4 added, 0 changed, 0 removed, 0 unchanged");
    expect(text).toContain("Nothing has changed yet.");
    expect(await calendarState(bot)).toEqual(before);

    // The district publishes a snow day before the button is pressed: the import is still what was shown.
    files["/lincoln.ics"] = fixture("lincoln-isd-2026-27-snow-day.ics");
    const line = confirmLine(preview);
    expect(line).toMatch(/^calendar import robotics-tx --preview [0-9a-f]{10} --yes$/);
    const imported = await bot.bot.runAction(CONFIRM_COMMAND_ACTION, line, { actor: maria, channelId: "C-test" });
    expect(imported.kind).toBe("message");
    expect((imported as Message).heading).toBe("Imported Lincoln ISD 2026-27: 4 blackouts for Middle School Robotics Mentorship");
    expect(server!.requests).toEqual(["/lincoln.ics"]);
    const after = await calendarState(bot);
    expect(after.blackouts.filter((blackout) => blackout.endsWith("(calendar)"))).toEqual([
      "2026-11-25..2026-11-27 No School - Thanksgiving Holiday (calendar)",
      "2026-12-21..2027-01-01 Winter Break (calendar)",
      "2027-01-18..2027-01-18 No School (calendar)",
      "2027-03-15..2027-03-19 Spring Break (calendar)",
    ]);
    expect(after.audits).toBe(before.audits + 1);
    expect(after.sources).toBe(1);

    // Pressed twice: the preview is used up, nothing changes.
    const again = await bot.say(line, maria);
    expect(again.error).toBe("not-found");
    expect(plainTextOf(again)).toContain("it was imported already, or is over a day old");
    expect(await calendarState(bot)).toEqual(after);
  });

  it.each(["sqlite", "postgres"] as const)("updates on a second import rather than duplicating, removes what left the calendar, and leaves manual blackouts alone (%s)", async (kind) => {
    const files = { "/lincoln.ics": fixture("lincoln-isd-2026-27.ics") };
    const { bot, base } = await startDistrict(files, kind);
    await bot.say('blackout add robotics-tx 2027-01-18 2027-01-18 "Our own MLK day off"', maria);
    await bot.say(`calendar import robotics-tx ${base}/lincoln.ics --yes`, maria);
    files["/lincoln.ics"] = fixture("lincoln-isd-2026-27-snow-day.ics")
      .replace("SUMMARY:Winter Break", "SUMMARY:Winter Break (all campuses)")
      .replace(/BEGIN:VEVENT\r\nUID:lisd-2027-mlk[\s\S]*?END:VEVENT\r\n/, "");
    const preview = plainTextOf(await bot.say(`calendar import robotics-tx ${base}/lincoln.ics`, maria));
    expect(preview).toContain("Against what is imported now: 1 added, 1 changed, 1 removed, 2 unchanged");
    expect(preview).toContain("added 2027-02-04: Snow Day - Schools Closed");
    expect(preview).toContain("changed 2026-12-21 to 2027-01-01: Winter Break, now 2026-12-21 to 2027-01-01: Winter Break (all campuses)");
    expect(preview).toContain("removed 2027-01-18: No School (no longer a day off in the calendar)");
    const imported = plainTextOf(await bot.say(`calendar import robotics-tx <webcal://calendar.test:${server!.port}/lincoln.ics|lincoln.ics> --yes`, maria));
    expect(imported).toContain("1 added, 1 changed, 1 removed, 2 unchanged");
    expect((await calendarState(bot)).blackouts).toEqual([
      "2026-11-25..2026-11-27 No School - Thanksgiving Holiday (calendar)",
      "2026-12-21..2027-01-01 Winter Break (all campuses) (calendar)",
      "2027-01-18..2027-01-18 Our own MLK day off (manual)",
      "2027-02-04..2027-02-04 Snow Day - Schools Closed (calendar)",
      "2027-03-15..2027-03-19 Spring Break (calendar)",
    ]);
    expect(await bot.store.db.calendarSource.count()).toBe(1);
  });

  it("keys events without UIDs by day and title, so pasting the same file twice updates rather than duplicates", async () => {
    testBot = await createTestBot();
    const file = fixture("jefferson-no-uids.ics");
    await testBot.say(`calendar import robotics-tx "${file}" --yes`, maria);
    const first = await calendarState(testBot);
    const again = plainTextOf(await testBot.say(`calendar import robotics-tx "${file}" --yes`, maria));
    expect(again).toContain("0 added, 0 changed, 0 removed, 2 unchanged");
    expect((await calendarState(testBot)).blackouts).toEqual(first.blackouts);
    expect(first.blackouts.filter((blackout) => blackout.includes("Early Release"))).toEqual([]);
  });

  it("imports what is complete in a file that ends mid-event and says what it skipped", async () => {
    testBot = await createTestBot();
    const preview = plainTextOf(await testBot.say(`calendar import robotics-tx "${fixture("washington-truncated.ics")}"`, maria));
    expect(preview).toContain("Skipped (could not be read; the rest was)");
    expect(preview).toContain("the event on line 21: the file stops in the middle of it");
    expect(preview).toContain("2026-11-25 to 2026-11-27: Thanksgiving Holiday");
    expect(preview).toContain("Final Exams (no closure word in its title)");
  });

  it("removes the school days an earlier import made blackouts of, once the calendar is imported again", async () => {
    const { bot, base } = await startDistrict({ "/lincoln.ics": fixture("lincoln-isd-2026-27.ics") });
    const robotics = await bot.store.db.partnership.findFirstOrThrow({ where: { handle: "robotics-tx" } });
    // What the import before this one made of the Book Fair: a blackout keyed by its UID.
    await bot.store.db.blackout.create({ data: { partnershipId: robotics.id, startsOn: "2026-11-30", endsOn: "2026-12-04", reason: "Book Fair", source: "calendar", externalUid: "lisd-2026-book-fair@lincolnisd.org" } });
    const preview = plainTextOf(await bot.say(`calendar import robotics-tx ${base}/lincoln.ics`, maria));
    expect(preview).toContain("removed 2026-11-30 to 2026-12-04: Book Fair");
    await bot.say(`calendar import robotics-tx ${base}/lincoln.ics --yes`, maria);
    expect((await calendarState(bot)).blackouts.some((blackout) => blackout.includes("Book Fair"))).toBe(false);
  });

  it.each([
    ["text that is not a calendar", "hello there", "does not start with BEGIN:VCALENDAR"],
    ["plain http", "http://calendar.test/lincoln.ics", "(I only read https:// addresses; use the https:// one)"],
    ["the cloud's metadata address", "<webcal://169.254.169.254/latest/meta-data>", "(that address is not on the public internet (link-local))"],
    ["a page that is missing", "https://calendar.test:PORT/old.ics", "(it answered HTTP 404)"],
    ["a web page", "https://calendar.test:PORT/page.html", "That is not an iCalendar file I can read"],
  ])("refuses %s with what to do, and changes nothing", async (_case, given, error) => {
    const { bot } = await startDistrict({ "/page.html": "<html>SECRET admin</html>" });
    const before = await calendarState(bot);
    const previews = await bot.store.db.calendarImportPreview.count();
    const reply = await bot.say(`calendar import robotics-tx ${given.replace("PORT", String(server!.port))}`, maria);
    expect(reply.error).toBe("bad-arguments");
    expect(plainTextOf(reply)).toContain(error);
    expect(plainTextOf(reply)).not.toContain("SECRET");
    expect(await calendarState(bot)).toEqual(before);
    expect(await bot.store.db.calendarImportPreview.count()).toBe(previews);
  });

  it("refuses someone who may not change the partnership, before reading anything", async () => {
    const { bot, base } = await startDistrict({ "/lincoln.ics": fixture("lincoln-isd-2026-27.ics") });
    const before = await calendarState(bot);
    const reply = await bot.say(`calendar import robotics-tx ${base}/lincoln.ics --yes`, visitor);
    expect(reply.error).toBe("forbidden");
    expect(plainTextOf(reply)).toMatch(/liaison|coordinator/);
    expect(server!.requests).toEqual([]);
    expect(await calendarState(bot)).toEqual(before);
  });
});

describe("calendar remove", () => {
  it("asks first, then stops reading the address and removes its coming blackouts, keeping manual ones", async () => {
    const { bot, base } = await startDistrict({ "/lincoln.ics": fixture("lincoln-isd-2026-27.ics") });
    await bot.say('blackout add robotics-tx 2027-01-18 2027-01-18 "Our own day off"', maria);
    await bot.say(`calendar import robotics-tx ${base}/lincoln.ics --yes`, maria);
    expect(plainTextOf(await bot.say("schedule show robotics-tx", maria))).toContain(`Lincoln ISD 2026-27 (${base}/lincoln.ics): read again`);
    const before = await calendarState(bot);
    const asked = await bot.say('calendar remove robotics-tx "lincoln isd 2026-27"', maria);
    expect(asked.heading).toBe("Confirm: Stop reading Lincoln ISD 2026-27 for robotics-tx?");
    expect(plainTextOf(asked)).toContain("4 coming blackouts it made");
    expect(await calendarState(bot)).toEqual(before);
    const removed = await bot.say(confirmLine(asked), maria);
    expect(removed.heading).toBe("Removed Lincoln ISD 2026-27 from Middle School Robotics Mentorship");
    expect((await calendarState(bot)).blackouts).toEqual(["2027-01-18..2027-01-18 Our own day off (manual)"]);
    expect(await bot.store.db.calendarSource.count()).toBe(0);
    expect((await bot.say(`calendar remove robotics-tx ${base}/lincoln.ics`, maria)).error).toBe("not-found");
  });
});

describe("calendar words", () => {
  it("lists the defaults, adds and removes a word with an audit entry, and an import then follows them", async () => {
    testBot = await createTestBot();
    expect(plainTextOf(await testBot.say("calendar words robotics-tx", visitor))).toContain("no school, no classes, school closed, closed");
    const audits = await testBot.store.db.auditEntry.count();
    expect((await testBot.say('calendar words robotics-tx add "Teacher Workday"', maria)).heading).toBe("Words that make a day off for robotics-tx: 13");
    expect((await testBot.say("calendar words robotics-tx remove break", maria)).error).toBeUndefined();
    expect(await testBot.store.db.auditEntry.count()).toBe(audits + 2);
    const refused = await testBot.say("calendar words robotics-tx remove snowstorm", maria);
    expect(refused.error).toBe("not-found");
    expect((await testBot.say("calendar words robotics-tx add recess", visitor)).error).toBe("forbidden");
    expect(await testBot.store.db.auditEntry.count()).toBe(audits + 2);

    const calendar = ["BEGIN:VCALENDAR", "BEGIN:VEVENT", "UID:w1", "DTSTART;VALUE=DATE:20270104", "SUMMARY:Teacher Workday", "END:VEVENT", "BEGIN:VEVENT", "UID:w2", "DTSTART;VALUE=DATE:20270315", "DTEND;VALUE=DATE:20270320", "SUMMARY:Spring Break", "END:VEVENT", "END:VCALENDAR"].join("\n");
    const preview = plainTextOf(await testBot.say(`calendar import robotics-tx "${calendar}"`, maria));
    expect(preview).toContain('2027-01-04: Teacher Workday ("teacher workday" in its title)');
    expect(preview).toContain("2027-03-15 to 2027-03-19: Spring Break (no closure word in its title)");
  });
});
