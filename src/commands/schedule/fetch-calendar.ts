import { UserError } from "../../errors.js";

const TIMEOUT_MS = 10_000;

function unreachable(url: string, reason: string): UserError {
  return new UserError("bad-arguments", `I could not download the calendar at ${url} (${reason}). Check the address, or paste the .ics file's content instead. Nothing was imported.`);
}

/**
 * A published school calendar (an https:// or webcal:// address), read up to `maxBytes`: districts
 * publish .ics feeds, and a link is easier to give than a whole file in a chat command.
 */
export async function fetchCalendar(address: string, maxBytes: number): Promise<string> {
  const url = address.replace(/^webcal:\/\//i, "https://");
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: "text/calendar, text/plain;q=0.5" } });
  } catch (error) {
    throw unreachable(address, error instanceof Error && error.name === "TimeoutError" ? "no answer within 10 seconds" : "the address did not answer");
  }
  if (!response.ok) throw unreachable(address, `it answered ${response.status}`);
  if (response.body === null) throw unreachable(address, "it sent nothing");
  const chunks: Uint8Array[] = [];
  let size = 0;
  // Read with a cap instead of response.text(): a wrong address must not fill the bot's memory.
  for await (const chunk of response.body) {
    size += chunk.byteLength;
    if (size > maxBytes) throw unreachable(address, `it is over ${Math.round(maxBytes / 1_000_000)} MB; export the school year only`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString("utf8");
}
