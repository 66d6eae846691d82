import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * The answer form carries when it was served, signed with a key that lives only in this process:
 * a bot that posts at once (under the minimum fill time) or forges a time is caught, and a page
 * served before a restart simply comes back to be sent again.
 */
export class SurveyFormTokens {
  readonly #key = randomBytes(32);

  issue(linkToken: string, at: Date): string {
    const issued = String(at.getTime());
    return `${issued}.${this.sign(linkToken, issued)}`;
  }

  /** How long ago the form was served, in ms; null when the token is missing, forged or for another link. */
  age(linkToken: string, formToken: unknown, now: Date): number | null {
    if (typeof formToken !== "string") return null;
    const [issued = "", signature = ""] = formToken.split(".");
    if (!/^\d{1,15}$/.test(issued)) return null;
    const expected = Buffer.from(this.sign(linkToken, issued));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    return now.getTime() - Number(issued);
  }

  private sign(linkToken: string, issued: string): string {
    return createHmac("sha256", this.#key).update(`${linkToken}.${issued}`).digest("base64url");
  }
}
