import { existsSync } from "node:fs";
import { chromium as playwright, type Browser } from "playwright-core";

const DEBIAN_CHROMIUM = "/usr/bin/chromium";

// Without the background-networking flags Chromium keeps trying to reach update and sync servers.
const QUIET_HEADLESS_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

// @sparticuz/chromium's own `args` are for AWS Lambda: some kill Chromium here with SIGTRAP
// (--single-process, --in-process-gpu, --use-gl/--use-angle), and others switch off the
// same-origin policy and mixed-content blocking (--disable-web-security,
// --allow-running-insecure-content) that the security tests rely on. None of them is needed off
// Lambda, so its binary gets the same flags as any other Chromium.

/**
 * Which Chromium to drive: CHROMIUM_PATH, then Debian's /usr/bin/chromium, then the binary that
 * @sparticuz/chromium ships inside its npm package (unpacked to the temp folder on first use), so
 * `npm install && npm test` needs no browser download and no apt.
 */
export async function resolveChromium(env: Record<string, string | undefined> = process.env): Promise<{ executablePath: string; args: string[] }> {
  if (env.CHROMIUM_PATH !== undefined && env.CHROMIUM_PATH !== "") {
    if (!existsSync(env.CHROMIUM_PATH)) throw new Error(`CHROMIUM_PATH=${env.CHROMIUM_PATH} does not exist: point it at a Chromium or Chrome binary, or unset it`);
    return { executablePath: env.CHROMIUM_PATH, args: QUIET_HEADLESS_ARGS };
  }
  if (existsSync(DEBIAN_CHROMIUM)) return { executablePath: DEBIAN_CHROMIUM, args: QUIET_HEADLESS_ARGS };
  const { default: packaged } = await import("@sparticuz/chromium");
  return { executablePath: await packaged.executablePath(), args: QUIET_HEADLESS_ARGS };
}

/** A headless Chromium for browser tests. Pages for axe must come from `browser.newContext()`. */
export async function launchChromium(env: Record<string, string | undefined> = process.env): Promise<Browser> {
  const { executablePath, args } = await resolveChromium(env);
  return playwright.launch({ executablePath, args, headless: true });
}
