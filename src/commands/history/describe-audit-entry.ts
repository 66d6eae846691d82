import { calendarDateIn } from "../../domain/calendar-date.js";
import { labelOf } from "../../domain/vocabulary.js";
import type { AuditNames, AuditRecord, AuditReferences } from "../../store/audit-repository.js";
import { formatNumber } from "../../ui/format-number.js";

type Fields = Record<string, unknown>;

/** What an entry's `describe` gets: its before and after as plain objects, names, and the partnership's zone. */
interface Reading {
  entry: AuditRecord;
  before: Fields;
  after: Fields;
  names: AuditNames;
  zone: string;
}

const asFields = (value: unknown): Fields => (typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Fields) : {});
const text = (value: unknown): string => (typeof value === "string" ? value : typeof value === "number" ? formatNumber(value) : value === null || value === undefined ? "" : JSON.stringify(value));
const quoted = (value: unknown): string => `"${text(value)}"`;
const idOf = (value: unknown): number | null => (typeof value === "number" && Number.isInteger(value) ? value : typeof value === "string" && /^\d+$/.test(value) ? Number(value) : null);
const nameIn = (map: Map<number, string>, id: unknown, gone: string): string => {
  const key = idOf(id);
  return (key === null ? undefined : map.get(key)) ?? gone;
};
const dayOf = (value: unknown, zone: string): string => {
  const at = typeof value === "string" || value instanceof Date ? new Date(value) : null;
  return at === null || Number.isNaN(at.getTime()) ? "" : calendarDateIn(at, zone);
};

const FIELD_WORDS: Record<string, string> = {
  name: "name",
  unit: "unit",
  baseline: "baseline",
  target: "target",
  direction: "direction",
  dueOn: "due date",
  role: "role",
  commitments: "commitments",
  weekday: "weekday",
  localTime: "time",
  timezone: "time zone",
  cadence: "cadence",
  closeAfterHours: "hours open",
  reminderBeforeHours: "reminder hours",
  status: "status",
  title: "title",
  handle: "handle",
  programModels: "program models",
  kind: "kind",
  description: "description",
  quantity: "quantity",
  position: "position",
};

const shown = (value: unknown): string => (value === null || value === undefined || value === "" ? "none" : typeof value === "string" ? quoted(value) : text(value));

/** "target from 35 to 40, unit from "" to "students"": the fields that differ between before and after. */
export function describeChanges(before: Fields, after: Fields): string {
  const changed = Object.keys(after).filter((field) => field !== "key" && FIELD_WORDS[field] !== undefined && JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  return changed.map((field) => `${FIELD_WORDS[field]} from ${shown(before[field])} to ${shown(after[field])}`).join(", ");
}

const metricName = ({ names, before, after, entry }: Reading) =>
  text(after.name) || text(before.name) || nameIn(names.metrics, entry.entity === "metric" ? entry.entityId : (after.metricId ?? before.metricId), text(after.key ?? before.key) || "a metric");
const partnerName = ({ names, before, after }: Reading, id: unknown) => text(after.organization) || text(before.organization) || nameIn(names.partners, id, "a partner since removed");
const surveyName = ({ names }: Reading, id: unknown) => {
  const title = nameIn(names.surveys, id, "");
  return title === "" ? `survey #${text(id)}` : `the survey ${quoted(title)}`;
};

const DESCRIPTIONS: Record<string, (reading: Reading) => string> = {
  "partnership.create": ({ after }) => `created the partnership ${quoted(after.name)} (${text(after.handle)})`,
  "partnership-status.update": ({ before, after }) => `changed the status from ${text(before.status)} to ${text(after.status)}`,
  "organization.create": ({ after }) => `added the organisation ${text(after.name)} (${labelOf(text(after.kind))}) to this workspace`,
  "partner.create": (reading) => `added the partner ${partnerName(reading, reading.entry.entityId)}${reading.after.role ? ` as ${text(reading.after.role)}` : ""}`,
  "partner.update": (reading) => `changed ${partnerName(reading, reading.entry.entityId)}: ${describeChanges(reading.before, reading.after) || "nothing visible"}`,
  "partner.delete": (reading) => {
    const ids = Array.isArray(reading.before.liaisonPersonIds) ? reading.before.liaisonPersonIds : [];
    const liaisons = ids.map((id) => nameIn(reading.names.people, id, "someone"));
    return `removed the partner ${partnerName(reading, reading.entry.entityId)}${liaisons.length > 0 ? `, and with it the liaison roles of ${liaisons.join(", ")}` : ""}`;
  },
  "liaison.create": (reading) => `named ${nameIn(reading.names.people, reading.after.personId, "someone")} liaison of ${partnerName(reading, reading.after.partnerId)}`,
  "liaison.delete": (reading) => `removed ${nameIn(reading.names.people, reading.before.personId, "someone")} as liaison of ${partnerName(reading, reading.before.partnerId)}`,
  "charter.create": ({ after }) => `wrote version ${text(after.version)} of the charter: ${quoted(after.sharedGoal)}`,
  "charter-ratification.create": () => "ratified the charter",
  "metric.create": (reading) => `added the metric ${metricName(reading)} (${text(reading.after.key)}), target ${text(reading.after.target)}${reading.after.unit ? ` ${text(reading.after.unit)}` : ""}`,
  "metric.update": (reading) => `changed the metric ${metricName(reading)}: ${describeChanges(reading.before, reading.after) || "nothing visible"}`,
  "metric.retire": (reading) => `retired the metric ${metricName(reading)}: check-ins stop asking for it`,
  "metric.restore": (reading) => `put the metric ${metricName(reading)} back in use`,
  "metric-reading.create": (reading) => `recorded ${text(reading.after.value)} for ${metricName(reading)}`,
  "metric-reading.correct": (reading) =>
    `corrected the reading of ${metricName(reading)} from ${dayOf(reading.before.recordedAt, reading.zone)}: ${text(reading.before.value)} to ${text(reading.after.value)}`,
  "metric-reading.delete": (reading) => `deleted the reading ${text(reading.before.value)} of ${metricName(reading)} from ${dayOf(reading.before.recordedAt, reading.zone)}`,
  "asset.create": (reading) => `added what ${partnerName(reading, reading.after.partnerId)} brings: ${text(reading.after.description)}`,
  "need.create": ({ after }) => `added a need (${labelOf(text(after.kind))}): ${text(after.description)}`,
  "milestone.create": ({ after }) => `added the milestone ${quoted(after.title)}, due ${text(after.dueOn)}`,
  "milestone.complete": ({ names, entry }) => `marked the milestone ${quoted(nameIn(names.milestones, entry.entityId, "since removed"))} done`,
  "check-in.create": ({ after }) => `sent a check-in (${labelOf(text(after.status))})`,
  "check-in.update": ({ after }) => `changed their check-in (${labelOf(text(after.status))})`,
  "survey.create": ({ after }) => `created the survey ${quoted(after.title)}`,
  "survey-question.create": (reading) => `added a question to ${surveyName(reading, reading.after.surveyId)}: ${quoted(reading.after.prompt)}`,
  "survey.send": (reading) => {
    const invited = Array.isArray(reading.after.invited) ? reading.after.invited.length : 0;
    const channels = Array.isArray(reading.after.channels) ? reading.after.channels.length : 0;
    return `sent ${surveyName(reading, reading.entry.entityId)}${invited > 0 ? ` to ${invited} ${invited === 1 ? "person" : "people"}` : ""}${channels > 0 ? ` in ${channels} ${channels === 1 ? "channel" : "channels"}` : ""}`;
  },
  "survey.close": (reading) => `closed ${surveyName(reading, reading.entry.entityId)}`,
  "survey-response.create": (reading) => `answered ${surveyName(reading, reading.after.surveyId)}${reading.after.anonymous === true ? " anonymously" : ""}`,
  "survey-link.create": (reading) => `made a link${reading.after.label ? ` (${text(reading.after.label)})` : ""} for ${surveyName(reading, reading.after.surveyId)}`,
  "survey-link.revoke": () => "stopped a survey link",
  "channel-link.create": ({ after }) => `linked a ${text(after.platform)} channel for ${text(after.purpose)}`,
  "channel-link.delete": ({ before }) => `unlinked a ${text(before.platform)} channel (${text(before.purpose)})`,
  "schedule.update": ({ before, after }) => `changed the check-in schedule${describeChanges(before, after) ? `: ${describeChanges(before, after)}` : ""}`,
  "blackout.create": ({ after }) => `added a blackout from ${text(after.startsOn)} to ${text(after.endsOn)}${after.reason ? ` (${text(after.reason)})` : ""}`,
  "blackout.delete": ({ before }) => `removed the blackout from ${text(before.startsOn)} to ${text(before.endsOn)}`,
  "blackout.import": ({ after }) => `imported blackouts from a school calendar: ${text(after.added)} added, ${text(after.updated)} updated`,
  "absence.create": (reading) => `marked ${nameIn(reading.names.people, reading.after.personId, "someone")} out of office from ${text(reading.after.startsOn)} to ${text(reading.after.endsOn)}`,
  "partnership.update": ({ before, after }) => `changed the partnership: ${describeChanges(before, after) || "nothing visible"}`,
  "partnership.rename": ({ before, after }) => `renamed the handle from ${text(before.handle)} to ${text(after.handle)}`,
  "partnership.archive": () => "archived the partnership: no more check-ins",
  "partnership.unarchive": ({ after }) => `brought the partnership back from the archive as ${text(after.status)}`,
  "term.renew": ({ before, after }) => `renewed the partnership for the term ${text(after.term)} from ${text(after.startsOn)}${before.term ? ` (after ${text(before.term)})` : ""}`,
  "metric-targets.update": ({ before, after }) => `set this term's targets: ${Object.keys(after).map((key) => `${key} from ${text(before[key])} to ${text(after[key])}`).join(", ")}`,
  "template.apply": ({ entry, after }) => `set it up from the ${entry.entityId} template: ${text(after.metrics)} metrics, ${text(after.milestones)} milestones, ${text(after.questions)} check-in questions`,
  "check-in-question.create": ({ after }) => `added the check-in question ${quoted(after.prompt)}`,
  "check-in-question.update": ({ before, after }) => `moved a check-in question from position ${text(before.position)} to ${text(after.position)}`,
  "check-in-question.delete": () => "stopped asking a check-in question (its answers stay)",
  "asset.update": ({ before, after }) => `changed an asset: ${describeChanges(before, after) || "nothing visible"}`,
  "asset.delete": ({ before }) => `removed the asset ${quoted(before.description)}`,
  "need.update": ({ before, after }) => `changed a need: ${describeChanges(before, after) || "nothing visible"}`,
  "need.delete": ({ before }) => `removed the need ${quoted(before.description)}`,
  "need.meet": () => "marked a need as met by an asset",
  "need.reopen": () => "opened a need again",
  "milestone.update": ({ names, entry, before, after }) => `changed the milestone ${quoted(nameIn(names.milestones, entry.entityId, text(before.title) || "since removed"))}: ${describeChanges(before, after) || "nothing visible"}`,
  "milestone.reopen": ({ names, entry }) => `reopened the milestone ${quoted(nameIn(names.milestones, entry.entityId, "since removed"))}`,
  "milestone.delete": ({ before }) => `deleted the milestone ${quoted(before.title)}`,
  "survey.reopen": (reading) => `reopened ${surveyName(reading, reading.entry.entityId)}`,
  "calendar.import": ({ after }) => `imported a school calendar: ${text(after.added ?? 0)} blackouts added, ${text(after.updated ?? 0)} updated, ${text(after.removed ?? 0)} removed`,
  "calendar.delete": () => "removed a school calendar and its blackouts",
  "calendar-words.update": () => "changed the words that mark a school closure",
  // The erasure itself is kept; who was forgotten is not.
  "person.person.erase": () => "erased a person at their request",
  // Reflections are read in `reflections`; the history says only that one came, changed or went.
  "reflection.create": () => "posted a reflection",
  "reflection.update": () => "edited a reflection",
  "reflection.delete": () => "deleted a reflection",
};

const VERBS: Record<string, string> = { create: "added", update: "changed", delete: "removed", complete: "completed", close: "closed", send: "sent", import: "imported", revoke: "revoked", retire: "retired", restore: "restored", correct: "corrected" };

/** An action this release has no words for (a newer one, say): its verb, what it acted on, and which fields changed. */
function describeUnknown({ entry, before, after }: Reading): string {
  const what = entry.entity.replace(/-/g, " ");
  const verb = VERBS[entry.action] ?? `${entry.action.replace(/-/g, " ")}:`;
  const changes = describeChanges(before, after);
  return `${verb} ${/^[aeiou]/.test(what) ? "an" : "a"} ${what}${changes ? ` (${changes})` : ""}`;
}

/** One audit entry in plain words, without who or when: "changed the metric Club enrollment: target from 35 to 40". */
export function describeAuditEntry(entry: AuditRecord, names: AuditNames, zone: string): string {
  const reading = { entry, before: asFields(entry.before), after: asFields(entry.after), names, zone };
  const describe = DESCRIPTIONS[`${entry.entity}.${entry.action}`] ?? describeUnknown;
  return describe(reading);
}

/** The ids the entries refer to, for AuditRepository.findNames. */
export function referencesOf(entries: readonly AuditRecord[]): AuditReferences {
  const references: Record<keyof AuditReferences, Set<number>> = { people: new Set(), partners: new Set(), metrics: new Set(), milestones: new Set(), surveys: new Set() };
  const add = (set: Set<number>, value: unknown) => {
    const id = idOf(value);
    if (id !== null) set.add(id);
  };
  for (const entry of entries) {
    if (entry.actorId !== null) references.people.add(entry.actorId);
    for (const fields of [asFields(entry.before), asFields(entry.after)]) {
      add(references.people, fields.personId);
      add(references.partners, fields.partnerId);
      add(references.metrics, fields.metricId);
      add(references.surveys, fields.surveyId);
      if (Array.isArray(fields.liaisonPersonIds)) for (const id of fields.liaisonPersonIds) add(references.people, id);
    }
    if (entry.entity === "partner") add(references.partners, entry.entityId);
    if (entry.entity === "metric") add(references.metrics, entry.entityId);
    if (entry.entity === "milestone") add(references.milestones, entry.entityId);
    if (entry.entity === "survey") add(references.surveys, entry.entityId);
  }
  return Object.fromEntries(Object.entries(references).map(([kind, ids]) => [kind, [...ids]])) as unknown as AuditReferences;
}
