// npm run screenshots: the README's pictures, made again from the demo data. Starts the web adapter
// on a fresh SQLite database seeded with the console's demo workspace, signs the demo coordinator
// in through a one-time link in Chromium, and saves each page to docs/screenshots/*.png.
import { mkdirSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pino } from "pino";
import { ManualClock } from "../src/clock.js";
import { createBot } from "../src/create-bot.js";
import { DEMO_COORDINATOR, DEMO_WORKSPACE } from "../src/demo/demo-workspace.js";
import { seedDemo } from "../src/demo/seed-demo.js";
import { applyMigrations } from "../src/store/apply-migrations.js";
import { createDatabase } from "../src/store/create-database.js";
import { createStore } from "../src/store/create-store.js";
import { startWeb } from "../adapters/web/start-web.js";
import { launchChromium } from "../adapters/web/testing/launch-chromium.js";

const root = path.resolve(import.meta.dirname, "..");
const output = path.join(root, "docs", "screenshots");
// A fixed moment, so the pictures change only when the pages do.
const now = new Date("2026-11-23T18:00:00Z");
const PAGES = [
  { name: "portfolio", path: "/" },
  { name: "partnership", path: "/p/robotics-tx" },
  { name: "report", path: "/p/robotics-tx/report" },
  { name: "program-report", path: "/report" },
];

const url = `file:${path.join(mkdtempSync(path.join(tmpdir(), "screenshots-")), "demo.db")}`;
await applyMigrations(url, root);
const db = await createDatabase(url);
const store = createStore(db, "sqlite");
const clock = new ManualClock(now);
await seedDemo(store, clock.now());
const logger = pino({ level: "silent" });
const bot = createBot({ store, clock, logger });
const web = await startWeb({ core: bot, publicUrl: "http://127.0.0.1", logger, port: 0, host: "127.0.0.1" });
const browser = await launchChromium();
try {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const coordinator = { ...DEMO_WORKSPACE, ...DEMO_COORDINATOR, isPlatformAdmin: true };
  await bot.learnProfile(coordinator, { displayName: coordinator.displayName, isPlatformAdmin: true });
  const { token } = await bot.createSignInLink(coordinator);
  await page.goto(`${web.url}/sign-in/${token}`);
  await Promise.all([page.waitForURL(`${web.url}/`), page.getByRole("button", { name: "Sign in" }).click()]);
  mkdirSync(output, { recursive: true });
  for (const { name, path: pagePath } of PAGES) {
    const response = await page.goto(`${web.url}${pagePath}`);
    // A page another branch adds (the portfolio, the partnership page) is skipped until it exists.
    if (response === null || response.status() !== 200 || (name === "portfolio" && (await page.getByText("Signed in as").count()) > 0 && (await page.locator("table").count()) === 0)) {
      process.stdout.write(`skipped ${name}: ${pagePath} is not there yet (${response?.status()})\n`);
      continue;
    }
    const file = path.join(output, `${name}.png`);
    await page.screenshot({ path: file, fullPage: true, clip: undefined });
    process.stdout.write(`${path.relative(root, file)}\n`);
  }
} finally {
  await browser.close();
  await web.stop();
  await db.$disconnect();
}
