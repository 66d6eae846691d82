/** The moment the test databases' demo data was seeded at; test clocks start here. */
export const DEMO_NOW = new Date("2026-11-23T18:00:00Z");
