import type { PartnershipView } from "../../../src/ports/dashboard.js";
import { HealthTag } from "../components/health-tag.js";
import { MessageBlocks } from "../components/message-blocks.js";
import { MetricFigure } from "../components/metric-figure.js";
import { Layout, type LayoutProps } from "./layout.js";

const words = (value: string) => value.replace(/-/g, " ");
const none = (items: unknown[], text: string) => (items.length === 0 ? <p class="hint">{text}</p> : null);

/** One partnership, everything about it; each section has a heading to jump to. */
export function PartnershipPage({ view, charts, signedIn }: { view: PartnershipView; charts: string[]; signedIn: NonNullable<LayoutProps["signedIn"]> }) {
  const { charter } = view;
  return (
    <Layout title={view.name} signedIn={signedIn}>
      <p><a href="/">All partnerships</a></p>
      <h1>{view.name} <span class="hint">({view.handle})</span></h1>
      <p><HealthTag health={view.health} /> {words(view.status)}{view.programModels.length > 0 ? `; ${view.programModels.map(words).join(", ")}` : ""}; response rate {view.responseRate === null ? "no rounds yet" : `${Math.round(view.responseRate * 100)}%`}</p>
      {view.reasons.length > 0 && <ul>{view.reasons.map((reason) => <li>{reason}</li>)}</ul>}
      <p><a href={`/p/${encodeURIComponent(view.handle)}/history`}>History: who changed what</a></p>
      <nav aria-label="On this page"><ul class="contents">{["Charter", "Partners", "Assets", "Metrics", "Milestones", "Check-ins", "Reflections", "Surveys", "Schedule"].map((name) => <li><a href={`#${name.toLowerCase()}`}>{name}</a></li>)}</ul></nav>

      <h2 id="charter">Charter</h2>
      {charter.current === null ? <p class="hint">No charter yet.</p> : (
        <>
          <dl class="fields">
            <dt>Shared goal</dt><dd>{charter.current.sharedGoal}</dd>
            <dt>Expectations</dt><dd>{charter.current.expectations || "none written yet"}</dd>
            <dt>Version</dt><dd>{charter.current.version}, written {charter.current.writtenOn}{charter.current.writtenBy === null ? "" : ` by ${charter.current.writtenBy}`}</dd>
            <dt>Ratified by</dt><dd>{charter.current.ratified.length === 0 ? "nobody yet" : charter.current.ratified.map((each) => `${each.name} (${each.organization}) on ${each.on}`).join("; ")}</dd>
            <dt>Still to ratify</dt><dd>{charter.current.missing.length === 0 ? "nobody" : charter.current.missing.map((each) => `${each.name} (${each.organization})`).join("; ")}</dd>
          </dl>
          {charter.earlier.length > 0 && (
            <details><summary>Earlier versions ({charter.earlier.length})</summary>
              {charter.earlier.map((version) => <p><strong>Version {version.version}</strong>, written {version.writtenOn}{version.writtenBy === null ? "" : ` by ${version.writtenBy}`}: {version.sharedGoal}{version.expectations === "" ? "" : ` Expectations: ${version.expectations}`}</p>)}
            </details>
          )}
        </>
      )}

      <h2 id="partners">Partners and liaisons</h2>
      {none(view.partners, "No partners yet.")}
      {view.partners.map((partner) => (
        <section class="partner" aria-label={partner.organization}>
          <h3>{partner.organization} <span class="hint">({words(partner.kind)})</span></h3>
          <dl class="fields"><dt>Role</dt><dd>{partner.role || "none set"}</dd><dt>Commitments</dt><dd>{partner.commitments || "none written"}</dd><dt>Liaisons</dt><dd>{partner.liaisons.join(", ") || "none yet"}</dd></dl>
        </section>
      ))}

      <h2 id="assets">Asset map</h2>
      <table><caption>What each partner brings</caption><thead><tr><th scope="col">Partner</th><th scope="col">Kind</th><th scope="col">What</th><th scope="col">Quantity</th></tr></thead>
        <tbody>{view.partners.flatMap((partner) => partner.assets.map((asset) => <tr><td>{partner.organization}</td><td>{asset.kind}</td><td>{asset.description}</td><td>{asset.quantity === null ? "" : asset.quantity.toLocaleString("en-US")}</td></tr>))}</tbody>
      </table>
      <h3>Overlaps</h3>
      {view.assetMap.overlaps.length === 0 ? <p class="hint">None: each kind of asset comes from one partner.</p> : <ul>{view.assetMap.overlaps.map((overlap) => <li>{overlap.kind}: {overlap.organizations.join(", ")}</li>)}</ul>}
      <h3>Needs no partner covers</h3>
      {view.assetMap.uncoveredNeeds.length === 0 ? <p class="hint">None.</p> : <ul>{view.assetMap.uncoveredNeeds.map((need) => <li>{need.kind}: {need.description}</li>)}</ul>}
      {view.assetMap.coverableNeeds.length > 0 && <><h3>Needs a partner may cover</h3><ul>{view.assetMap.coverableNeeds.map((need) => <li>{need.kind}: {need.description} (ask {need.organizations.join(" or ")})</li>)}</ul></>}
      {view.assetMap.metNeeds.length > 0 && <><h3>Needs met</h3><ul>{view.assetMap.metNeeds.map((need) => <li>{need.kind}: {need.description} (met {need.metBy === null ? "by an asset since removed with its partner" : `by ${need.metBy.organization}: ${need.metBy.kind}, ${need.metBy.description}`})</li>)}</ul></>}

      <h2 id="metrics">Success metrics</h2>
      {none(view.metrics, "No success metrics yet.")}
      {view.metrics.map((metric, index) => <MetricFigure metric={metric} svg={charts[index] ?? ""} id={`metric-${index + 1}`} />)}

      <h2 id="milestones">Milestones</h2>
      {none(view.milestones, "No milestones yet.")}
      <ol class="timeline">
        {view.milestones.map((milestone) => (
          <li class={milestone.doneOn !== null ? "done" : milestone.overdueDays !== null ? "overdue" : "upcoming"}>
            <strong>{milestone.title}</strong>: due {milestone.dueOn}; {milestone.doneOn !== null ? `done ${milestone.doneOn}` : milestone.overdueDays !== null ? `overdue by ${milestone.overdueDays} days` : "upcoming"}
          </li>
        ))}
      </ol>

      <h2 id="check-ins">Check-in rounds</h2>
      {none(view.rounds, "No rounds yet.")}
      {view.rounds.map((round) => (
        <section id={`round-${round.period}`} aria-label={`Week of ${round.period}`} class="round">
          <h3>Week of {round.period} <span class="hint">({round.status})</span></h3>
          {round.answered.length === 0 ? <p class="hint">Nobody answered.</p> : (
            <ul>{round.answered.map((answer) => <li><strong>{answer.name}</strong>: {words(answer.status)} ({answer.submittedOn}){answer.highlights && `; highlights: ${answer.highlights}`}{answer.blockers && `; blockers: ${answer.blockers}`}{answer.needs && `; needs: ${answer.needs}`}{answer.answers.map((own) => `; ${own.question}${/[?:]$/.test(own.question) ? "" : ":"} ${own.answer}`)}</li>)}</ul>
          )}
          {round.notAnswered.length > 0 && <p>No answer: {round.notAnswered.join(", ")}</p>}
        </section>
      ))}

      <h2 id="reflections">Reflections</h2>
      {none(view.reflections, "No reflections yet.")}
      <ul>{view.reflections.map((reflection) => <li><strong>{reflection.author}</strong> ({reflection.on}{reflection.round === null ? "" : `, week of ${reflection.round}`}{reflection.edited ? ", edited" : ""}): {reflection.body}</li>)}</ul>
      {view.reflectionCount > view.reflections.length && <p class="hint">The latest {view.reflections.length} of {view.reflectionCount}.</p>}

      <h2 id="surveys">Surveys</h2>
      {none(view.surveys, "No surveys yet.")}
      {view.surveys.map((survey) => <section class="survey" aria-label={survey.title}><h3>{survey.title} <span class="hint">(#{survey.id}, {survey.status}{survey.anonymous ? ", anonymous" : ""})</span></h3><MessageBlocks message={survey.results} /></section>)}

      <h2 id="schedule">Schedule</h2>
      <dl class="fields">
        <dt>Check-ins</dt><dd>{view.schedule.description}</dd>
        <dt>Next check-in</dt><dd>{view.schedule.nextCheckIn ?? "none scheduled"}</dd>
        {view.schedule.openRound !== null && <><dt>Open now</dt><dd>Week of {view.schedule.openRound.period}, closes {view.schedule.openRound.closesAt}</dd></>}
      </dl>
      <h3>Blackouts</h3>
      {view.blackouts.length === 0 ? <p class="hint">None ahead.</p> : <ul>{view.blackouts.map((blackout) => <li>{blackout.startsOn} to {blackout.endsOn}{blackout.reason && `: ${blackout.reason}`}</li>)}</ul>}
      {view.absences.length > 0 && <><h3>Out of office</h3><ul>{view.absences.map((absence) => <li>{absence.person}: {absence.startsOn} to {absence.endsOn}{absence.reason && ` (${absence.reason})`}</li>)}</ul></>}
      <h3>Linked channels</h3>
      {view.links.length === 0 ? <p class="hint">No channel linked yet.</p> : <ul>{view.links.map((link) => <li>{link.platform} channel {link.channelId}: {link.purpose}</li>)}</ul>}
    </Layout>
  );
}
