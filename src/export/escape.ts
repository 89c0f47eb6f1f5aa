/**
 * Escaping text for XML and HTML (SVG, SCXML, the handout). Every name and
 * every piece of scenario text goes through here, so a `<script>` in a note
 * is shown as those characters, never run.
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes `text` for use as element content or a quoted attribute value.
 * @example escapeXml('<script>') // '&lt;script&gt;'
 */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character]!);
}
