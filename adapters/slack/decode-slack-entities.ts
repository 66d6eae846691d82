const ENTITIES: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">" };

/**
 * Slack sends slash-command text with the three characters it treats as markup escaped (&amp;,
 * &lt;, &gt;), while its own mention, channel and link forms (<@U123|ana>, <https://...|label>)
 * arrive as real angle brackets. One pass turns the escapes back into what the person typed, so
 * "R&amp;D" is stored as "R&D" and "&amp;lt;" (a typed "&lt;") stays "&lt;". Block Kit input
 * values (view submissions) arrive as typed and are not decoded.
 */
export function decodeSlackEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt);/g, (entity) => ENTITIES[entity]!);
}
