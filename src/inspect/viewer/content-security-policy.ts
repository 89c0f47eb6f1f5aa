/**
 * The viewer page's Content-Security-Policy: scripts and styles only from the
 * viewer itself, connections only to it and, with `--live`, to the one
 * `truce run --inspect` WebSocket the command line checked. Scenario text is
 * already shown as text, never as HTML; this is the second lock on the same
 * door, and it keeps the page from reaching the internet, or another socket on
 * this machine, even by mistake.
 */

/**
 * The policy for a viewer that follows `live` (an address `truce view --live` accepted), or none.
 * @example contentSecurityPolicy('ws://127.0.0.1:8080/') // "... connect-src 'self' ws://127.0.0.1:8080; ..."
 */
export function contentSecurityPolicy(live: string | null): string {
  // Scheme, host and port only: whatever path or token the address carries, it is that server and no other.
  const socket = live === null ? '' : ` ${new URL(live).origin}`;
  return [
    "default-src 'none'",
    "script-src 'self'",
    // The chart's SVG carries presentation attributes; 'unsafe-inline' styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    `connect-src 'self'${socket}`,
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}
