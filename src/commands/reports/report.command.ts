import * as argument from "../define-arguments.js";
import { defineCommand } from "../define-command.js";
import { buildReportSummary } from "./build-report-summary.js";
import { reportUrl } from "./report-url.js";
import { loadReport } from "./view-report.js";

/** Where links point when no PUBLIC_URL reached the bot (tests); read-config gives the real default. */
const FALLBACK_PUBLIC_URL = "http://127.0.0.1:3000";

export const reportCommand = defineCommand({
  name: "report",
  summary: "A partnership's report over a date range (default this school year): outcomes with charts, milestones, participation",
  arguments: {
    partnership: argument.partnership(),
    from: argument.date("first day of the report (default August 1 of this school year)", { required: false }),
    to: argument.date("last day of the report (default July 31)", { required: false }),
  },
  examples: ["/partner report robotics-tx", "/partner report robotics-tx --from 2026-08-01 --to 2026-12-31"],
  async handle({ partnership, from, to }, context) {
    const report = await loadReport(context, { partnership, from, to });
    if (report.kind !== "partnership") throw new Error("a partnership report was asked for");
    return buildReportSummary(report.partnership, report.range, reportUrl(context.publicUrl ?? FALLBACK_PUBLIC_URL, report.partnership.handle, report.range));
  },
});
