import type { Command } from "../commands/command.js";

export type { ArgumentKind, ArgumentSpec } from "../commands/command.js";
import type { Message, Reply, SubmitResult } from "../ui/reply.js";
import type { Identity, Invocation, KnownProfile, ProfileFacts } from "./actor.js";
import type { AnsweredPrompt, ThreadMessageEvent, ThreadMessageOutcome, TrackedThread } from "./inbound-events.js";
import type { PartnershipView, PortfolioQuery, PortfolioView } from "./dashboard.js";
import type { HistoryView } from "./history.js";
import type { SurveyLinks } from "./survey-links.js";
import type { WebAccess } from "./web-access.js";
import type { ReportRequest, ReportView } from "../ui/reports/report.js";

/** The error code of a repeated delivery: the adapter answers it as its platform expects a repeat to be answered. */
export const DUPLICATE_DELIVERY = "duplicate";

/** A command as adapters see it: enough to build typed options, help and autocomplete. */
export type CommandInfo = Pick<Command, "name" | "summary" | "arguments" | "examples" | "opensForm" | "occasional">;

/** A partnership offered while someone types its handle. */
export interface PartnershipSuggestion {
  handle: string;
  name: string;
}

/** Neutral content of a person's home view (Slack renders it as App Home). */
export interface HomeView {
  intro: Message;
  /** One message per partnership, in the order to show them; at most 25. */
  sections: Message[];
  /** How many partnerships there are in all, so an adapter that shows fewer can say how many more. */
  total: number;
}

/**
 * The one interface the core offers every adapter. Every inbound event goes through it; adapters
 * get no store, no database client and no clock of their own. The web's sign-in links and
 * sessions (WebAccess) and anonymous survey links (SurveyLinks) are part of it.
 */
export interface Core extends WebAccess, SurveyLinks {
  /** The registered commands, read-only. */
  readonly commands: readonly CommandInfo[];
  /** The core's clock: adapters timestamp nothing themselves. */
  now(): Date;

  /** "/partner status robotics-tx", "status robotics-tx" or "" (help). */
  runCommandLine(line: string, invocation: Invocation): Promise<Reply>;
  /** A command by name with raw argument strings, as typed-option platforms (Discord) collect them. */
  runCommand(name: string, rawArguments: Record<string, string>, invocation: Invocation): Promise<Reply>;
  /** A button: `action` and `value` as the neutral message carried them. */
  runAction(action: string, value: string, invocation: Invocation): Promise<Reply>;
  /**
   * A submitted form. A choice may be given as an option's value, label or number. With a
   * `deliveryKey`, a platform's repeat of a submission that was saved is answered without saving
   * twice; the key is recorded after the save commits, so a repeat of one that failed is saved.
   */
  submitForm(formId: string, context: string, values: Record<string, string>, invocation: Invocation, options?: { deliveryKey?: string }): Promise<SubmitResult>;
  /** Partnerships this workspace can see whose handle or name contains `typed`; at most `limit`. */
  suggestPartnerships(typed: string, invocation: Invocation, limit: number): Promise<PartnershipSuggestion[]>;
  /** The person's home: their partnerships' health and what awaits them. */
  viewHome(invocation: Invocation): Promise<HomeView>;
  /**
   * A partnership's report (`partnership` set) or the program's (every partnership the person
   * sees), over `from`..`to` (default the current school year); refused for an unknown
   * partnership (404 on the web) or a bad range.
   */
  viewReport(request: ReportRequest, invocation: Invocation): Promise<ReportView>;

  /** The web portfolio: the partnerships this workspace can see, filtered, counted by health, sorted, paged. */
  viewPortfolio(invocation: Invocation, query: PortfolioQuery): Promise<PortfolioView>;
  /** Everything about one partnership for its web page; null when this workspace cannot see it. */
  viewPartnership(invocation: Invocation, handle: string): Promise<PartnershipView | null>;
  /** One page (from 1) of a partnership's history, who changed what, newest first; null when this workspace cannot see it. */
  viewHistory(invocation: Invocation, handle: string, page: number): Promise<HistoryView | null>;

  /** A message in a thread: stored as a reflection when the thread is a tracked reflection thread. */
  receiveThreadMessage(event: ThreadMessageEvent): Promise<ThreadMessageOutcome>;
  /** Reflection threads on this platform where messages may still arrive (recent rounds). */
  recentReflectionThreads(platform: string): Promise<TrackedThread[]>;
  /** The thread already opened for a round in a channel, so a retried delivery reuses it. */
  findRoundThread(roundId: number, platform: string, channelId: string): Promise<TrackedThread | null>;
  /** Records a thread the adapter opened for a round; the one recorded first when two deliveries raced. */
  trackRoundThread(thread: Omit<TrackedThread, "partnershipId">): Promise<TrackedThread>;

  /** Prompts and reminders on this platform the actor answered since `since`. */
  findAnsweredPrompts(invocation: Invocation, since: Date): Promise<AnsweredPrompt[]>;
  /** Marks an inbound delivery (an event id) handled; false when it was handled already. */
  claimInboundDelivery(platform: string, key: string): Promise<boolean>;
  /** Undoes a claim whose work did not happen, so the platform's next attempt counts. */
  releaseInboundDelivery(platform: string, key: string): Promise<void>;

  /** What the core knows of an identity's profile; null for someone never seen. */
  findProfile(identity: Identity): Promise<KnownProfile | null>;
  /** Profile facts the adapter learned from its platform (creates the person on first sight). */
  learnProfile(identity: Identity, facts: ProfileFacts): Promise<void>;

  /**
   * The same core whose every database query first awaits `gate`: an adapter that must answer
   * its platform fast (Slack's 3 s ack) lets waiting acknowledgements go first.
   */
  withQueryGate(gate: () => Promise<void>): Core;
}
