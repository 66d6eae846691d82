import { IANAZone } from "luxon";
import { z } from "zod";
import { closestMatches } from "../../domain/closest-matches.js";

/** The zones this runtime knows, for suggestions; read once. */
let knownZones: string[] | undefined;

/** An IANA time zone such as America/Chicago (luxon decides), or an error that suggests the nearest names. */
export const TimeZoneSchema = z
  .string()
  .trim()
  .transform((value, context) => {
    // The canonical spelling (america/new_york is America/New_York), as schedules and dates are shown.
    if (/^[A-Za-z_]+(\/[A-Za-z0-9_+-]+)*$/.test(value) && IANAZone.isValidZone(value)) return new Intl.DateTimeFormat("en-US", { timeZone: value }).resolvedOptions().timeZone;
    knownZones ??= Intl.supportedValuesOf("timeZone");
    const near = closestMatches(value, knownZones);
    const hint = near.length > 0 ? `Did you mean ${near.join(" or ")}?` : "Use an IANA name such as America/Chicago, America/New_York or Europe/Berlin.";
    context.addIssue({ code: "custom", message: `"${value.slice(0, 60)}" is not a time zone I know. ${hint}` });
    return z.NEVER;
  });
