import { CheckInsRepository } from "./check-ins-repository.js";
import { CoordinatorsRepository } from "./coordinators-repository.js";
import type { Database } from "./create-database.js";
import { PartnershipsRepository } from "./partnerships-repository.js";
import { PeopleRepository } from "./people-repository.js";
import { StatusRepository } from "./status-repository.js";

/** The repositories over one database. Commands reach the database only through these. */
export interface Store {
  db: Database;
  people: PeopleRepository;
  partnerships: PartnershipsRepository;
  coordinators: CoordinatorsRepository;
  status: StatusRepository;
  checkIns: CheckInsRepository;
}

export function createStore(db: Database): Store {
  return {
    db,
    people: new PeopleRepository(db),
    partnerships: new PartnershipsRepository(db),
    coordinators: new CoordinatorsRepository(db),
    status: new StatusRepository(db),
    checkIns: new CheckInsRepository(db),
  };
}
