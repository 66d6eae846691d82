import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context, Hono } from "hono";
import { bodyLimit } from "hono/body-limit";
import { getCookie, setCookie } from "hono/cookie";
import type { Core } from "../../../src/ports/core.js";
import type { SurveyLinkPage, SurveyLinkRefusal, SurveyLinks } from "../../../src/ports/survey-links.js";
import { SURVEY_STYLESHEET } from "../assets/survey-stylesheet.js";
import { FixedWindowLimiter } from "../fixed-window-limiter.js";
import { SurveyAnswerPage } from "../pages/survey/survey-answer-page.js";
import { SurveyNoticePage } from "../pages/survey/survey-notice-page.js";
import { chooseSurveyLanguage, SURVEY_WORDS, type SurveyLanguage } from "../pages/survey/survey-words.js";
import { SurveyFormTokens } from "../survey-form-token.js";

export interface SurveyLinkLimits {
  /** Least time between serving the form and its answers (default 3 s): people read the questions. */
  minimumFillMs: number;
  /** Answers per link per minute (default 60: a class at once, with room). */
  perLinkPerMinute: number;
  /** Answers per address per minute (default 300: a school's classes share one address). */
  perAddressPerMinute: number;
}

export interface SurveyLinkRoutesOptions {
  surveyLinks?: SurveyLinks;
  surveyLimits?: Partial<SurveyLinkLimits>;
  clock: Pick<Core, "now">;
  /** https: the answered cookie is Secure. */
  secure: boolean;
}

const DEFAULT_LIMITS: SurveyLinkLimits = { minimumFillMs: 3_000, perLinkPerMinute: 60, perAddressPerMinute: 300 };
// 10 questions of 3000 characters, URL-encoded, fit; anything larger is not a survey answer.
const BODY_LIMIT = 48 * 1024;
const FIELD_LIMIT = 4_000;
const YEAR_SECONDS = 365 * 86_400;
const STATUS: Record<SurveyLinkRefusal | "spam", 400 | 404 | 410> = { unknown: 404, closed: 410, full: 410, spam: 400 };

function answeredCookie(surveyId: number): string {
  return `answered_${surveyId}`;
}

/** The survey links students open: GET shows the survey, POST takes one anonymous answer. */
export function registerSurveyLinkRoutes(app: Hono<any>, { surveyLinks, surveyLimits, clock, secure }: SurveyLinkRoutesOptions): void {
  if (surveyLinks === undefined) return;
  const limits = { ...DEFAULT_LIMITS, ...surveyLimits };
  const now = () => clock.now().getTime();
  const perLink = new FixedWindowLimiter(limits.perLinkPerMinute, 60_000, now);
  const perAddress = new FixedWindowLimiter(limits.perAddressPerMinute, 60_000, now);
  const tokens = new SurveyFormTokens();

  const language = (c: Context): SurveyLanguage => chooseSurveyLanguage(c.req.query("lang"), c.req.header("Accept-Language"));
  const here = (c: Context, lang: SurveyLanguage) => `/s/${c.req.param("token")}?lang=${lang}`;
  const refuse = (c: Context, reason: SurveyLinkRefusal | "spam") => {
    const lang = language(c);
    const words = SURVEY_WORDS[lang];
    return c.html(<SurveyNoticePage title={words.refusedTitle[reason]} lines={[words.refused[reason]]} language={lang} words={words} switchHref={here(c, words.switchTo.language)} />, STATUS[reason]);
  };
  const alreadyAnswered = (c: Context) => {
    const lang = language(c);
    const words = SURVEY_WORDS[lang];
    return c.html(<SurveyNoticePage title={words.answeredTitle} lines={words.answered} language={lang} words={words} switchHref={here(c, words.switchTo.language)} />, 409);
  };
  const form = (c: Context, page: SurveyLinkPage, extra: { values?: Record<string, string>; errors?: Record<string, string>; notice?: string } = {}, status: 200 | 400 | 429 = 200) => {
    const lang = language(c);
    const words = SURVEY_WORDS[lang];
    const token = c.req.param("token")!;
    return c.html(
      <SurveyAnswerPage page={page} action={here(c, lang)} switchHref={here(c, words.switchTo.language)} formToken={tokens.issue(token, clock.now())} language={lang} words={words} {...extra} />,
      status,
    );
  };

  app.get("/assets/survey.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(SURVEY_STYLESHEET, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  app.get("/s/:token", async (c) => {
    const view = await surveyLinks.openSurveyLink(c.req.param("token"));
    if (view.kind === "refused") return refuse(c, view.reason);
    if (getCookie(c, answeredCookie(view.page.surveyId), secure ? "host" : undefined) !== undefined) return alreadyAnswered(c);
    return form(c, view.page);
  });

  // Server-Timing: how long the server spent on the answer, read by bench:survey (no data in it).
  app.post("/s/:token", async (c, next) => {
    const started = performance.now();
    await next();
    c.res.headers.set("Server-Timing", `app;dur=${(performance.now() - started).toFixed(2)}`);
  });
  app.post("/s/:token", bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => c.text("The form is too large.", 413) }), async (c) => {
    const token = c.req.param("token");
    const body = await c.req.parseBody();
    const values: Record<string, string> = {};
    for (const [name, value] of Object.entries(body)) if (/^q-\d{1,9}$/.test(name) && typeof value === "string") values[name] = value.slice(0, FIELD_LIMIT);
    if (typeof body.website === "string" && body.website !== "") return refuse(c, "spam");
    const view = await surveyLinks.openSurveyLink(token);
    if (view.kind === "refused") return refuse(c, view.reason);
    if (getCookie(c, answeredCookie(view.page.surveyId), secure ? "host" : undefined) !== undefined) return alreadyAnswered(c);
    const words = SURVEY_WORDS[language(c)];
    const age = tokens.age(token, body._form, clock.now());
    if (age === null || age < limits.minimumFillMs) return form(c, view.page, { values, notice: words.tooFast }, 400);
    // The address is a key in memory for a minute, never passed to the core nor logged.
    const address = getConnInfo(c).remote.address ?? "unknown";
    if (!perLink.take(token) || !perAddress.take(address)) return form(c, view.page, { values, notice: words.tooMany }, 429);
    const outcome = await surveyLinks.answerSurveyLink(token, values);
    if (outcome.kind === "refused") return refuse(c, outcome.reason);
    if (outcome.kind === "invalid") {
      const errors = Object.fromEntries(Object.entries(outcome.problems).map(([field, problem]) => [field, words.problems[problem]]));
      return form(c, outcome.page, { values, errors }, 400);
    }
    setCookie(c, answeredCookie(outcome.page.surveyId), "1", { httpOnly: true, sameSite: "Lax", secure, path: "/", maxAge: YEAR_SECONDS, prefix: secure ? "host" : undefined });
    const lang = language(c);
    return c.html(<SurveyNoticePage title={words.thanksTitle} lines={words.thanks} language={lang} words={words} />);
  });
}
