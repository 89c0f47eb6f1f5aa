/**
 * The viewer page's Content-Security-Policy: scripts and styles only from the
 * viewer itself, connections only to it and to a `truce run --inspect`
 * WebSocket on this machine. Scenario text is already shown as text, never as
 * HTML; this is the second lock on the same door, and it keeps the page from
 * reaching the internet even by mistake.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // The chart's SVG carries presentation attributes; 'unsafe-inline' styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self' ws://127.0.0.1:* ws://localhost:*",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
