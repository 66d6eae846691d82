/**
 * The neutral message and form model. Handlers return these; each adapter renders them within its
 * platform's limits (splitting, never cutting). Text is plain: no platform markup.
 */

export type Block =
  | { type: "text"; text: string }
  | { type: "fields"; fields: Field[] }
  | { type: "list"; title?: string; items: string[] }
  | { type: "progress"; label: string; ratio: number; detail: string }
  | { type: "context"; text: string }
  | { type: "actions"; buttons: Button[] }
  | { type: "divider" }
  | { type: "file"; filename: string; mimeType: string; content: string }
  | { type: "chart"; chart: Chart };

/** One reading or count: `x` is an ISO date (kind "line") or a label such as a round (kind "bars"). */
export interface ChartPoint {
  x: string;
  y: number;
}

export interface ChartSeries {
  label: string;
  points: ChartPoint[];
}

/**
 * A chart as data only; each adapter draws it in its medium (SVG on the web, PNG in Slack and
 * Discord, a sparkline in a terminal). "line": a metric's readings over time; "bars": counts over
 * rounds. `title` and `description` are what a screen reader announces.
 */
export interface Chart {
  title: string;
  description: string;
  kind: "line" | "bars";
  series: ChartSeries[];
  baseline?: number;
  target?: number;
  /** ISO date the target is due (kind "line"). */
  dueDate?: string;
  /** Shown after values: "students", "%". */
  unit?: string;
}

export interface Field {
  label: string;
  value: string;
}

/** A button's `action` names a handler in src/forms/actions; `value` is its short argument. */
export interface Button {
  action: string;
  value: string;
  label: string;
  style?: "primary" | "danger";
}

export interface Message {
  kind: "message";
  /** ephemeral: only the person who asked sees it (where the platform can do that). */
  visibility: "ephemeral" | "public";
  heading?: string;
  blocks: Block[];
  /** Set when the message reports a failure: the user's own ("bad-arguments", ...) or "internal". */
  error?: string;
}

export type FormFieldKind = "short" | "long" | "number" | "choice" | "scale";

export interface FormField {
  id: string;
  label: string;
  kind: FormFieldKind;
  required: boolean;
  /** For kind "choice": value and label of each option. */
  options?: { value: string; label: string }[];
  placeholder?: string;
  initial?: string;
  maxLength?: number;
}

/** A form; `formId` names its submission handler, `context` is a short opaque string it gets back. */
export interface Form {
  kind: "form";
  formId: string;
  context: string;
  title: string;
  submitLabel: string;
  fields: FormField[];
}

/** A form submission that failed validation: a message per field id; nothing was stored. */
export interface FormErrors {
  kind: "form-errors";
  errors: Record<string, string>;
}

export type Reply = Message | Form;
export type SubmitResult = Message | FormErrors;

/** A message to post to a channel or person later, through the outbox. */
export interface OutboundMessage {
  message: Message;
  /** Platform user ids to mention at the top (a prompt in a shared channel names its liaisons). */
  mentions: string[];
}
