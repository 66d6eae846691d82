import type { Clock } from "./clock.js";
import { Access, type ConfiguredCoordinators } from "./commands/access.js";
import type { CommandContext } from "./commands/command-context.js";
import type { CommandRegistry } from "./commands/command-registry.js";
import { findAnsweredPrompts } from "./commands/checkin/find-answered-prompts.js";
import { viewHome } from "./commands/home/view-home.js";
import { viewReport } from "./commands/reports/view-report.js";
import type { ReportRequest, ReportView } from "./ui/reports/report.js";
import { PortfolioCache } from "./commands/dashboard/portfolio-cache.js";
import { viewPartnership } from "./commands/dashboard/view-partnership.js";
import { viewPortfolio } from "./commands/dashboard/view-portfolio.js";
import { viewVisibleHistory } from "./commands/history/view-history.js";
import type { HistoryView } from "./ports/history.js";
import type { PartnershipView, PortfolioQuery, PortfolioView } from "./ports/dashboard.js";
import { receiveThreadMessage } from "./commands/reflections/receive-thread-message.js";
import { stripControlCharacters, stripControlCharactersOf } from "./domain/strip-control-characters.js";
import { UserError } from "./errors.js";
import { APOLOGY, STALE_BUTTON } from "./ui/fixed-answers.js";
import type { ActionHandler, FormHandler } from "./forms/interaction-handlers.js";
import type { Logger } from "./logging/create-logger.js";
import type { Actor, Identity, Invocation, KnownProfile, ProfileFacts } from "./ports/actor.js";
import type { SignInLinkState, SignInOutcome, WebAccess, WebSession } from "./ports/web-access.js";
import { createWebAccess } from "./web/create-web-access.js";
import { createSurveyLinks } from "./commands/surveys/links/survey-links-service.js";
import type { SurveyLinkOutcome, SurveyLinks, SurveyLinkView } from "./ports/survey-links.js";
import { DUPLICATE_DELIVERY, type CommandInfo, type Core, type HomeView, type PartnershipSuggestion } from "./ports/core.js";
import type { AnsweredPrompt, ThreadMessageEvent, ThreadMessageOutcome, TrackedThread } from "./ports/inbound-events.js";
import type { PlatformConventions } from "./ports/platform-conventions.js";
import { gateQueries } from "./store/gate-queries.js";
import { publicInternetPolicy, type OutboundFetchPolicy } from "./net/outbound-fetch-policy.js";
import type { Store } from "./store/create-store.js";
import { runCommandLine } from "./commands/run-command-line.js";
import { CONFIRM_COMMAND_ACTION } from "./commands/confirm/ask-to-confirm.js";
import { MessageBuilder } from "./ui/message-builder.js";

import type { Message, Reply, SubmitResult } from "./ui/reply.js";

export interface BotDependencies {
  store: Store;
  clock: Clock;
  registry: CommandRegistry;
  forms: readonly FormHandler[];
  actions: readonly ActionHandler[];
  configuredCoordinators: ConfiguredCoordinators;
  /** Each platform's way of naming people; a platform without an entry has no mentions. */
  conventions: readonly PlatformConventions[];
  logger: Logger;
  /** Tests pass one that reaches their loopback servers; the public internet otherwise. */
  outboundFetch?: OutboundFetchPolicy;
  /** Where the web dashboard is reached (PUBLIC_URL); links in replies start with it. */
  publicUrl?: string;
}

// Reflections arrive for a few weeks after a round opens; older threads are not read again.
const REFLECTION_LOOKBACK_MS = 28 * 86_400_000;


/**
 * The core's one entry point for adapters (the `Core` port). A UserError becomes an ephemeral
 * message that says what to do; anything else is logged and answered with one fixed apology.
 */
export class Bot implements Core {
  readonly #dependencies: BotDependencies;
  readonly #web: WebAccess;
  readonly #portfolios: PortfolioCache;
  readonly #surveyLinks: SurveyLinks;

  constructor(dependencies: BotDependencies, portfolios = new PortfolioCache()) {
    this.#dependencies = dependencies;
    this.#portfolios = portfolios;
    this.#web = createWebAccess(dependencies.store, dependencies.clock);
    this.#surveyLinks = createSurveyLinks(dependencies.store, dependencies.clock, dependencies.logger);
  }

  get commands(): readonly CommandInfo[] {
    return this.#dependencies.registry.all();
  }

  now(): Date {
    return this.#dependencies.clock.now();
  }

  async runCommandLine(line: string, invocation: Invocation): Promise<Reply> {
    return this.guard("command", invocation, { line }, () => runCommandLine(this.#dependencies.registry, line, () => this.createContext(invocation)));
  }

  async runCommand(name: string, rawArguments: Record<string, string>, invocation: Invocation): Promise<Reply> {
    return this.guard("command", invocation, { name }, () => runCommandLine(this.#dependencies.registry, { name, rawArguments }, () => this.createContext(invocation)));
  }

  async runAction(action: string, value: string, invocation: Invocation): Promise<Reply> {
    return this.guard("action", invocation, { action }, async () => {
      // A confirmation's button carries the command line to run: what the person could type themselves.
      if (action === CONFIRM_COMMAND_ACTION) return runCommandLine(this.#dependencies.registry, value, () => this.createContext(invocation));
      const handler = this.#dependencies.actions.find((candidate) => candidate.action === action);
      if (handler === undefined) throw new UserError("unsupported", STALE_BUTTON);
      return handler.handle(stripControlCharacters(value), await this.createContext(invocation));
    });
  }

  async submitForm(formId: string, context: string, values: Record<string, string>, invocation: Invocation, options: { deliveryKey?: string } = {}): Promise<SubmitResult> {
    const { store, logger } = this.#dependencies;
    const key = options.deliveryKey;
    const { platform } = invocation.actor;
    if (key !== undefined && (await store.inboundDeliveries.isClaimed(platform, key))) return alreadySubmitted();
    const result = await this.guard("form", invocation, { formId }, async () => {
      const handler = this.#dependencies.forms.find((candidate) => candidate.formId === formId);
      if (handler === undefined) throw new UserError("unsupported", "That form has expired. Open it again from its command or button.");
      // Every form's free text passes here: no control characters reach the database (PostgreSQL refuses NUL).
      return handler.handle(stripControlCharacters(context), stripControlCharactersOf(values), await this.createContext(invocation));
    });
    if (key === undefined) return result;
    if (result.kind === "message" && result.error === undefined) {
      // Claimed only once the save has committed: a crash in between leaves nothing claimed, so the
      // platform's retry saves (the handlers are idempotent per person and round or survey).
      await store.inboundDeliveries.claim(platform, key, this.now()).catch((error: unknown) => {
        logger.warn({ err: error, formId, platform }, "a saved form could not be marked handled; a repeat of it will be saved again");
      });
      return result;
    }
    // A repeat that ran beside the first delivery, which saved: answered as a repeat, not as a refusal.
    return (await store.inboundDeliveries.isClaimed(platform, key)) ? alreadySubmitted() : result;
  }

  async suggestPartnerships(typed: string, invocation: Invocation, limit: number): Promise<PartnershipSuggestion[]> {
    const { actor } = invocation;
    // A bounded query: autocomplete answers within Discord's 3 s at 10,000 partnerships too.
    const partnerships = await this.#dependencies.store.partnerships.search({ platform: actor.platform, workspaceId: actor.workspaceId }, stripControlCharacters(typed.trim()), limit);
    return partnerships.map(({ handle, name }) => ({ handle, name }));
  }

  async viewHome(invocation: Invocation): Promise<HomeView> {
    return viewHome(await this.createContext(invocation));
  }

  async viewReport(request: ReportRequest, invocation: Invocation): Promise<ReportView> {
    return viewReport(await this.createContext(invocation), request);
  }

  async viewPortfolio(invocation: Invocation, query: PortfolioQuery): Promise<PortfolioView> {
    return viewPortfolio(await this.createContext(invocation), this.#portfolios, query);
  }

  async viewPartnership(invocation: Invocation, handle: string): Promise<PartnershipView | null> {
    const surveyResults = async (surveyId: number): Promise<Message> => {
      const reply = await this.runCommand("survey results", { survey: String(surveyId) }, invocation);
      return reply.kind === "message" ? reply : new MessageBuilder().text(APOLOGY).build();
    };
    return viewPartnership(await this.createContext(invocation), handle, surveyResults);
  }

  async viewHistory(invocation: Invocation, handle: string, page: number): Promise<HistoryView | null> {
    return viewVisibleHistory(await this.createContext(invocation), stripControlCharacters(handle), page);
  }

  async receiveThreadMessage(event: ThreadMessageEvent): Promise<ThreadMessageOutcome> {
    return receiveThreadMessage(this.#dependencies.store, event, this.now());
  }

  async recentReflectionThreads(platform: string): Promise<TrackedThread[]> {
    return this.#dependencies.store.reflections.recentThreads(platform, new Date(this.now().getTime() - REFLECTION_LOOKBACK_MS));
  }

  async findRoundThread(roundId: number, platform: string, channelId: string): Promise<TrackedThread | null> {
    return this.#dependencies.store.reflections.findRoundThread(roundId, platform, channelId);
  }

  async trackRoundThread(thread: Omit<TrackedThread, "partnershipId">): Promise<TrackedThread> {
    return this.#dependencies.store.reflections.trackThread(thread);
  }

  async findAnsweredPrompts(invocation: Invocation, since: Date): Promise<AnsweredPrompt[]> {
    const { store, logger } = this.#dependencies;
    const person = await store.people.resolveActor(invocation.actor);
    return findAnsweredPrompts(store, logger, invocation.actor.platform, person.id, since);
  }

  async claimInboundDelivery(platform: string, key: string): Promise<boolean> {
    // The scheduler's tick forgets old claims.
    return this.#dependencies.store.inboundDeliveries.claim(platform, key, this.now());
  }

  async releaseInboundDelivery(platform: string, key: string): Promise<void> {
    await this.#dependencies.store.inboundDeliveries.release(platform, key);
  }

  async findProfile(identity: Identity): Promise<KnownProfile | null> {
    const profile = await this.#dependencies.store.chatProfiles.find(identity.platform, identity.workspaceId, identity.userId);
    return profile === null ? null : { displayName: profile.displayName, isPlatformAdmin: profile.isAdmin, checkedAt: profile.checkedAt };
  }

  async learnProfile(identity: Identity, facts: ProfileFacts): Promise<void> {
    const { store } = this.#dependencies;
    const { platform, workspaceId, userId } = identity;
    if ((await store.chatProfiles.find(platform, workspaceId, userId)) === null) await store.people.resolveActor({ ...identity, ...facts });
    await store.chatProfiles.save(platform, workspaceId, userId, { displayName: facts.displayName, isAdmin: facts.isPlatformAdmin }, this.now());
  }

  async createSignInLink(actor: Actor): Promise<{ token: string; expiresAt: Date }> {
    // A link signs in as a person: the identity exists (and is fresh) before the link points at it.
    await this.#dependencies.store.people.resolveActor(actor);
    return this.#web.createSignInLink(actor);
  }

  inspectSignInLink(token: string): Promise<SignInLinkState> {
    return this.#web.inspectSignInLink(token);
  }

  redeemSignInLink(token: string): Promise<SignInOutcome> {
    return this.#web.redeemSignInLink(token);
  }

  findSession(sessionId: string): Promise<WebSession | null> {
    return this.#web.findSession(sessionId);
  }

  endSession(sessionId: string): Promise<void> {
    return this.#web.endSession(sessionId);
  }

  openSurveyLink(token: string): Promise<SurveyLinkView> {
    return this.#surveyLinks.openSurveyLink(stripControlCharacters(token));
  }

  answerSurveyLink(token: string, values: Record<string, string>): Promise<SurveyLinkOutcome> {
    // Free text from anyone on the internet: no control characters reach the database.
    return this.#surveyLinks.answerSurveyLink(stripControlCharacters(token), stripControlCharactersOf(values));
  }

  withQueryGate(gate: () => Promise<void>): Core {
    return new Bot({ ...this.#dependencies, store: gateQueries(this.#dependencies.store, gate) }, this.#portfolios);
  }

  /** The context handlers get: who is asking, resolved to a person, with their permissions. */
  private async createContext(invocation: Invocation): Promise<CommandContext> {
    const { store, clock, configuredCoordinators, conventions } = this.#dependencies;
    const person = await store.people.resolveActor(invocation.actor);
    const access = new Access(store, invocation.actor, person, configuredCoordinators);
    const platform = conventions.find((candidate) => candidate.platform === invocation.actor.platform) ?? withoutMentions(invocation.actor.platform);
    return { ...invocation, store, clock, person, access, conventions: platform, outboundFetch: this.#dependencies.outboundFetch ?? publicInternetPolicy, publicUrl: this.#dependencies.publicUrl, notices: [] };
  }

  private async guard<T extends Reply | SubmitResult>(kind: string, invocation: Invocation, details: Record<string, unknown>, work: () => Promise<T>): Promise<T | Message> {
    try {
      return await work();
    } catch (error) {
      if (error instanceof UserError) return { ...new MessageBuilder().text(error.message).build(), error: error.code };
      const { actor } = invocation;
      this.#dependencies.logger.error({ err: error, kind, ...details, platform: actor.platform, workspaceId: actor.workspaceId, userId: actor.userId }, "request failed");
      return { ...new MessageBuilder().text(APOLOGY).build(), error: "internal" };
    }
  }
}


function alreadySubmitted(): Message {
  return { ...new MessageBuilder().text("That form was already submitted; nothing more was saved.").build(), error: DUPLICATE_DELIVERY };
}

function withoutMentions(platform: string): PlatformConventions {
  return { platform, readMention: () => null, unknownNames: "known-only" };
}
