import { CheckInsRepository } from "./check-ins-repository.js";
import { ConnectCodesRepository } from "./connect-codes-repository.js";
import type { Database } from "./create-database.js";
import { ChartersRepository } from "./charters-repository.js";
import { CoordinatorRosterRepository } from "./coordinator-roster-repository.js";
import { MetricsRepository } from "./metrics-repository.js";
import { OverviewRepository } from "./overview-repository.js";
import { PartnersRepository } from "./partners-repository.js";
import { PartnershipsRepository } from "./partnerships-repository.js";
import { PeopleRepository } from "./people-repository.js";
import { StatusRepository } from "./status-repository.js";
import { AssetsRepository } from "./assets-repository.js";
import { ChannelLinksRepository } from "./channel-links-repository.js";
import { ExportRepository } from "./export-repository.js";
import { MilestonesRepository } from "./milestones-repository.js";
import { PartnerReflectionsRepository } from "./partner-reflections-repository.js";
import { SurveyResponsesRepository } from "./survey-responses-repository.js";
import { SurveysRepository } from "./surveys-repository.js";
import { SchedulesRepository } from "./schedules-repository.js";
import { WebSessionsRepository } from "./web-sessions-repository.js";

/** The repositories over one database. Commands reach the database only through these. */
export interface Store {
  db: Database;
  people: PeopleRepository;
  partnerships: PartnershipsRepository;
  coordinators: CoordinatorRosterRepository;
  status: StatusRepository;
  checkIns: CheckInsRepository;
  connectCodes: ConnectCodesRepository;
  partners: PartnersRepository;
  charters: ChartersRepository;
  metrics: MetricsRepository;
  overview: OverviewRepository;
  assets: AssetsRepository;
  milestones: MilestonesRepository;
  channelLinks: ChannelLinksRepository;
  surveys: SurveysRepository;
  surveyResponses: SurveyResponsesRepository;
  partnerReflections: PartnerReflectionsRepository;
  exports: ExportRepository;
  schedules: SchedulesRepository;
  webSessions: WebSessionsRepository;
}

export function createStore(db: Database): Store {
  return {
    db,
    people: new PeopleRepository(db),
    partnerships: new PartnershipsRepository(db),
    coordinators: new CoordinatorRosterRepository(db),
    status: new StatusRepository(db),
    checkIns: new CheckInsRepository(db),
    connectCodes: new ConnectCodesRepository(db),
    partners: new PartnersRepository(db),
    charters: new ChartersRepository(db),
    metrics: new MetricsRepository(db),
    overview: new OverviewRepository(db),
    assets: new AssetsRepository(db),
    milestones: new MilestonesRepository(db),
    channelLinks: new ChannelLinksRepository(db),
    surveys: new SurveysRepository(db),
    surveyResponses: new SurveyResponsesRepository(db),
    partnerReflections: new PartnerReflectionsRepository(db),
    exports: new ExportRepository(db),
    schedules: new SchedulesRepository(db),
    webSessions: new WebSessionsRepository(db),
  };
}
