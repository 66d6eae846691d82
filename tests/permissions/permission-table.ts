// Who may change what: one row per command or action that changes something, one column per role.
// The README's section "Who may change what" is this table (tests/unit/permission-table-readme.test.ts
// keeps the two in sync). Every row is run by tests/permissions/permission-matrix.test.ts.

/** yes: it succeeds. no: refused, saying who can, nothing changed. unseen: the partnership does not exist there, nothing changed. */
export type Cell = "yes" | "no" | "unseen";

export const ROLES = ["stranger", "otherWorkspace", "otherLiaison", "liaison", "homeCoordinator", "linkedCoordinator"] as const;
export type Role = (typeof ROLES)[number];

/** The README's column headings, in ROLES order. */
export const ROLE_HEADINGS: Record<Role, string> = {
  stranger: "someone in the workspace",
  otherWorkspace: "member of another workspace",
  otherLiaison: "liaison of another partnership",
  liaison: "the partnership's liaison",
  homeCoordinator: "coordinator (home workspace)",
  linkedCoordinator: "coordinator of a linked workspace",
};

export interface PermissionRow {
  /** What the README shows: the command as typed, or the button or form. */
  request: string;
  cells: Record<Role, Cell>;
}

const row = (request: string, ...cells: Cell[]): PermissionRow => ({ request, cells: Object.fromEntries(ROLES.map((role, index) => [role, cells[index]!])) as Record<Role, Cell> });

// Columns: stranger, otherWorkspace, otherLiaison, liaison, homeCoordinator, linkedCoordinator.
const PARTNERSHIP = ["no", "unseen", "no", "yes", "yes", "no"] as const;
const COORDINATORS = ["no", "no", "no", "no", "yes", "yes"] as const;

export const PERMISSION_TABLE: readonly PermissionRow[] = [
  row("new", ...COORDINATORS),
  row("new --template", ...COORDINATORS),
  row("coordinator add", ...COORDINATORS),
  row("coordinator remove", ...COORDINATORS),
  row("partner add", ...PARTNERSHIP),
  row("partner edit", ...PARTNERSHIP),
  row("partner remove", ...PARTNERSHIP),
  row("liaison add", ...PARTNERSHIP),
  row("liaison remove", ...PARTNERSHIP),
  row("charter set", ...PARTNERSHIP),
  row("charter ratify", "no", "unseen", "no", "yes", "no", "no"),
  row("metric add", ...PARTNERSHIP),
  row("metric record", ...PARTNERSHIP),
  row("metric edit", ...PARTNERSHIP),
  row("metric retire", ...PARTNERSHIP),
  row("metric restore", ...PARTNERSHIP),
  row("metric correct", ...PARTNERSHIP),
  row("metric unrecord", ...PARTNERSHIP),
  row("asset add", ...PARTNERSHIP),
  row("need add", ...PARTNERSHIP),
  row("asset edit", ...PARTNERSHIP),
  row("asset remove", ...PARTNERSHIP),
  row("need edit", ...PARTNERSHIP),
  row("need remove", ...PARTNERSHIP),
  row("need met", ...PARTNERSHIP),
  row("need reopen", ...PARTNERSHIP),
  row("milestone add", ...PARTNERSHIP),
  row("milestone done", ...PARTNERSHIP),
  row("milestone edit", ...PARTNERSHIP),
  row("milestone reopen", ...PARTNERSHIP),
  row("milestone delete", ...PARTNERSHIP),
  row("checkin", ...PARTNERSHIP),
  row("Start check-in button", ...PARTNERSHIP),
  row("check-in form", ...PARTNERSHIP),
  row("question add", ...PARTNERSHIP),
  row("question move", ...PARTNERSHIP),
  row("question remove", ...PARTNERSHIP),
  row("survey create", ...PARTNERSHIP),
  row("survey question", ...PARTNERSHIP),
  row("survey send", ...PARTNERSHIP),
  row("survey link", ...PARTNERSHIP),
  row("survey close", ...PARTNERSHIP),
  row("survey reopen", ...PARTNERSHIP),
  // Issue 10, hole 4: only the people a survey was sent to may answer it.
  row("Answer the survey button", "no", "unseen", "no", "yes", "no", "no"),
  row("survey form", "no", "unseen", "no", "yes", "no", "no"),
  row("link", ...PARTNERSHIP),
  // A coordinator of the linked workspace may read the partnership there, not end its link.
  row("unlink", ...PARTNERSHIP),
  row("schedule set", ...PARTNERSHIP),
  row("pause", ...PARTNERSHIP),
  row("resume", ...PARTNERSHIP),
  row("blackout add", ...PARTNERSHIP),
  row("blackout remove", ...PARTNERSHIP),
  row("calendar import", ...PARTNERSHIP),
  row("edit", ...PARTNERSHIP),
  row("rename", ...PARTNERSHIP),
  row("renew", ...PARTNERSHIP),
  row("term targets", ...PARTNERSHIP),
  row("archive", ...PARTNERSHIP),
  row("unarchive", ...PARTNERSHIP),
  row("calendar words", ...PARTNERSHIP),
  row("calendar remove", ...PARTNERSHIP),
  // Out of office is for the partnership's own liaisons; a coordinator names one with --who.
  row("ooo", "no", "unseen", "no", "yes", "no", "no"),
  row("ooo --who", "no", "unseen", "no", "no", "yes", "no"),
  // Erasing a person is for the coordinators of a workspace where the bot knows them.
  row("forget", "no", "no", "no", "no", "yes", "yes"),
  row("connect", "yes", "yes", "yes", "yes", "yes", "yes"),
  // A sign-in link for oneself: the dashboard then shows what that person sees in chat.
  row("dashboard", "yes", "yes", "yes", "yes", "yes", "yes"),
];
