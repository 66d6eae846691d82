import { z } from "zod";
import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { buildReportSummary } from "./build-report-summary.js";
import { reportUrl } from "./report-url.js";
import { loadReport } from "./view-report.js";

/** Where links point when no PUBLIC_URL reached the bot (tests); read-config gives the real default. */
const FALLBACK_PUBLIC_URL = "http://127.0.0.1:3000";

export const reportCommand = defineCommand({
  name: "report",
  summary: "A partnership's report for a term (default the current one, or all) or a date range: outcomes with charts, milestones, participation",
  arguments: {
    partnership: argument.partnership(),
    from: argument.date("first day of the report (default August 1 of this school year)", { required: false }),
    to: argument.date("last day of the report (default July 31)", { required: false }),
    term: argument.text("a term, such as 2026-27, or all (default the current term)", { required: false, schema: z.string().trim().max(40, "a term's name is under 30 characters") }),
  },
  examples: ["/partner report robotics-tx", "/partner report robotics-tx --term 2026-27", "/partner report robotics-tx --term all", "/partner report robotics-tx --from 2026-08-01 --to 2026-12-31"],
  async handle({ partnership, from, to, term }, context) {
    const report = await loadReport(context, { partnership, from, to, term });
    if (report.kind !== "partnership") throw new Error("a partnership report was asked for");
    return buildReportSummary(report.partnership, report.range, report.term, reportUrl(context.publicUrl ?? FALLBACK_PUBLIC_URL, report.partnership.handle, report.range, report.term));
  },
});
