const LABELS: Record<string, string> = { "on-track": "On track", "at-risk": "At risk", "off-track": "Off track" };

/** Health as a coloured tag whose words carry the meaning (colour is never the only cue). */
export function HealthTag({ health }: { health: string }) {
  return <strong class={`tag tag-${health}`}>{LABELS[health] ?? health}</strong>;
}

export function healthLabel(health: string): string {
  return LABELS[health] ?? health;
}
