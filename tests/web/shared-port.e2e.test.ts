import { pino } from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebRequestListener } from "../../adapters/web/start-web.js";
import { slackMaria, startSlackHarness, type SlackHarness } from "../support/start-slack-harness.js";

let slack: SlackHarness;
let base: string;

beforeAll(async () => {
  // The web's handler is bound after the core exists, as main.ts does.
  let web: ReturnType<typeof createWebRequestListener> | undefined;
  slack = await startSlackHarness({ otherRoutes: (request, response) => web!(request, response) });
  base = slack.url.replace(/\/slack\/events$/, "");
  web = createWebRequestListener({ core: slack.bot, publicUrl: base, logger: pino({ level: "silent" }) });
});

afterAll(async () => {
  await slack.close();
});

describe("one public address for Slack and the dashboard", () => {
  it("serves the dashboard, /healthz and Slack's signed requests on the same port", async () => {
    const start = await fetch(`${base}/`);
    expect(start.status).toBe(200);
    expect(start.headers.get("content-security-policy")).toContain("default-src 'none'");
    expect(await start.text()).toContain("<html");
    expect((await fetch(`${base}/p/robotics-tx`, { redirect: "manual" })).status).toBeGreaterThanOrEqual(300);
    expect(await (await fetch(`${base}/healthz`)).text()).toBe("ok");
    const command = await slack.command(slackMaria, "status robotics-tx");
    expect(command.status).toBe(200);
    await slack.settle();
    expect(slack.api.calls.some((call) => call.method.startsWith("response/"))).toBe(true);
  });

  it("still refuses an unsigned request to Slack's path", async () => {
    const forged = await fetch(`${base}/slack/events`, { method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "command=%2Fpartner&text=list" });
    expect(forged.status).toBe(401);
  });
});
