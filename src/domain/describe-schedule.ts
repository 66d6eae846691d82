const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function weekdayName(weekday: number): string {
  return WEEKDAYS[weekday] ?? `day ${weekday}`;
}

/** "Weekly on Monday at 09:00 (America/Chicago)". */
export function describeSchedule(schedule: { weekday: number; localTime: string; timezone: string; cadence: string }): string {
  const cadence = schedule.cadence === "biweekly" ? "Every two weeks" : schedule.cadence === "monthly" ? "Monthly" : "Weekly";
  return `${cadence} on ${weekdayName(schedule.weekday)} at ${schedule.localTime} (${schedule.timezone})`;
}
