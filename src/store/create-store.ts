import { ArchivesRepository } from "./archives-repository.js";
import { AssetsRepository } from "./assets-repository.js";
import { ChannelLinksRepository } from "./channel-links-repository.js";
import { ChartersRepository } from "./charters-repository.js";
import { ChatProfilesRepository } from "./chat-profiles-repository.js";
import { CheckInQuestionsRepository } from "./check-in-questions-repository.js";
import { CheckInsRepository } from "./check-ins-repository.js";
import { ConnectCodesRepository } from "./connect-codes-repository.js";
import { CoordinatorRosterRepository } from "./coordinator-roster-repository.js";
import type { Database, DatabaseFlavor } from "./create-database.js";
import { DigestRepository } from "./digest-repository.js";
import { CalendarSourcesRepository } from "./calendar-sources-repository.js";
import { ExportRepository } from "./export-repository.js";
import { InboundDeliveriesRepository } from "./inbound-deliveries-repository.js";
import { LiaisonOverviewRepository } from "./liaison-overview-repository.js";
import { MetricReadingsRepository } from "./metric-readings-repository.js";
import { MetricsRepository } from "./metrics-repository.js";
import { AuditRepository } from "./audit-repository.js";
import { MilestonesRepository } from "./milestones-repository.js";
import { OutboxCountsRepository } from "./outbox-counts-repository.js";
import { NeedsRepository } from "./needs-repository.js";
import { OutboxRepository } from "./outbox-repository.js";
import { RetentionRepository } from "./retention-repository.js";
import { OverviewRepository } from "./overview-repository.js";
import { PartnersRepository } from "./partners-repository.js";
import { PartnershipTemplatesRepository } from "./partnership-templates-repository.js";
import { PartnershipsRepository } from "./partnerships-repository.js";
import { PeopleRepository } from "./people-repository.js";
import { PersonErasureRepository } from "./person-erasure-repository.js";
import { PortfolioRepository } from "./portfolio-repository.js";
import { PartnershipPageRepository } from "./partnership-page-repository.js";
import { PromptMessagesRepository } from "./prompt-messages-repository.js";
import { ReflectionsRepository } from "./reflections-repository.js";
import { ReportRepository } from "./report-repository.js";
import { RoundFollowUpsRepository } from "./round-follow-ups-repository.js";
import { RoundsRepository } from "./rounds-repository.js";
import { SchedulesRepository } from "./schedules-repository.js";
import { SeedsRepository } from "./seeds-repository.js";
import { SlackInstallationsRepository } from "./slack-installations-repository.js";
import { StatusRepository } from "./status-repository.js";
import { SurveyLinksRepository } from "./survey-links-repository.js";
import { SurveyResponsesRepository } from "./survey-responses-repository.js";
import { SurveysRepository } from "./surveys-repository.js";
import { TermsRepository } from "./terms-repository.js";
import { WebSessionsRepository } from "./web-sessions-repository.js";

/** The repositories over one database. Commands and the scheduler reach the database only through these. */
export interface Store {
  db: Database;
  flavor: DatabaseFlavor;
  people: PeopleRepository;
  erasures: PersonErasureRepository;
  partnerships: PartnershipsRepository;
  archives: ArchivesRepository;
  coordinators: CoordinatorRosterRepository;
  status: StatusRepository;
  checkIns: CheckInsRepository;
  connectCodes: ConnectCodesRepository;
  partners: PartnersRepository;
  charters: ChartersRepository;
  metrics: MetricsRepository;
  metricReadings: MetricReadingsRepository;
  audit: AuditRepository;
  overview: OverviewRepository;
  assets: AssetsRepository;
  needs: NeedsRepository;
  milestones: MilestonesRepository;
  channelLinks: ChannelLinksRepository;
  surveys: SurveysRepository;
  surveyResponses: SurveyResponsesRepository;
  surveyLinks: SurveyLinksRepository;
  reflections: ReflectionsRepository;
  exports: ExportRepository;
  schedules: SchedulesRepository;
  calendarSources: CalendarSourcesRepository;
  chatProfiles: ChatProfilesRepository;
  inboundDeliveries: InboundDeliveriesRepository;
  liaisonOverview: LiaisonOverviewRepository;
  promptMessages: PromptMessagesRepository;
  outbox: OutboxRepository;
  rounds: RoundsRepository;
  roundFollowUps: RoundFollowUpsRepository;
  digests: DigestRepository;
  seeds: SeedsRepository;
  webSessions: WebSessionsRepository;
  retention: RetentionRepository;
  reports: ReportRepository;
  portfolio: PortfolioRepository;
  partnershipPage: PartnershipPageRepository;
  terms: TermsRepository;
  slackInstallations: SlackInstallationsRepository;
  outboxCounts: OutboxCountsRepository;
  checkInQuestions: CheckInQuestionsRepository;
  partnershipTemplates: PartnershipTemplatesRepository;
}

/** Builds every repository over `db`, the one place they are constructed; `flavor` picks the outbox's locking SQL. */
export function createStore(db: Database, flavor: DatabaseFlavor): Store {
  const outbox = new OutboxRepository(db, flavor);
  const status = new StatusRepository(db, flavor);
  const partnerships = new PartnershipsRepository(db);
  return {
    db,
    flavor,
    people: new PeopleRepository(db),
    partnerships,
    erasures: new PersonErasureRepository(db),
    archives: new ArchivesRepository(db),
    coordinators: new CoordinatorRosterRepository(db),
    status,
    checkIns: new CheckInsRepository(db),
    connectCodes: new ConnectCodesRepository(db),
    partners: new PartnersRepository(db),
    charters: new ChartersRepository(db),
    metrics: new MetricsRepository(db),
    metricReadings: new MetricReadingsRepository(db),
    audit: new AuditRepository(db),
    overview: new OverviewRepository(db),
    assets: new AssetsRepository(db),
    needs: new NeedsRepository(db),
    milestones: new MilestonesRepository(db, outbox),
    channelLinks: new ChannelLinksRepository(db, outbox),
    surveys: new SurveysRepository(db, outbox),
    surveyResponses: new SurveyResponsesRepository(db),
    surveyLinks: new SurveyLinksRepository(db),
    reflections: new ReflectionsRepository(db),
    exports: new ExportRepository(db),
    schedules: new SchedulesRepository(db),
    calendarSources: new CalendarSourcesRepository(db, outbox),
    chatProfiles: new ChatProfilesRepository(db),
    inboundDeliveries: new InboundDeliveriesRepository(db),
    liaisonOverview: new LiaisonOverviewRepository(db),
    promptMessages: new PromptMessagesRepository(db),
    outbox,
    rounds: new RoundsRepository(db, outbox),
    roundFollowUps: new RoundFollowUpsRepository(db, outbox),
    digests: new DigestRepository(db, status),
    seeds: new SeedsRepository(db),
    webSessions: new WebSessionsRepository(db),
    retention: new RetentionRepository(db),
    reports: new ReportRepository(db),
    portfolio: new PortfolioRepository(db, flavor),
    partnershipPage: new PartnershipPageRepository(db),
    terms: new TermsRepository(db),
    slackInstallations: new SlackInstallationsRepository(db),
    outboxCounts: new OutboxCountsRepository(db),
    checkInQuestions: new CheckInQuestionsRepository(db),
    partnershipTemplates: new PartnershipTemplatesRepository(partnerships),
  };
}
