/** The platform name people, channels and outbox rows carry for Slack. */
export const SLACK = "slack";
