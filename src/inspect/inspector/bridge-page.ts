/**
 * The page a browser opens to watch a replay in the Stately inspector. As in
 * `@statelyai/inspect`'s own server (whose page it follows), the inspector
 * itself is Stately's web page, shown in a frame; this page reads our
 * WebSocket and passes each message on to the frame with `postMessage`,
 * holding them until the frame says `@statelyai.connected`.
 * Unlike the stock page, it connects back to the address it was loaded from
 * (127.0.0.1, not `localhost`, which may resolve to ::1 where nothing listens),
 * with the token it was opened with, and says so in words when the Stately
 * page does not answer (no internet). It posts to Stately's origin only, not
 * to `'*'`: were the frame navigated elsewhere, the replay would not follow it.
 */

/** Where Stately's inspector page lives (the default of `@statelyai/inspect`). */
export const STATELY_INSPECTOR_URL = 'https://stately.ai/inspect';

/** The only origin the page talks to in its frame: a frame sent elsewhere (navigated away) gets nothing. */
const STATELY_ORIGIN = new URL(STATELY_INSPECTOR_URL).origin;

/** How long the page waits for the Stately frame before showing a hint, in ms. */
const FRAME_HINT_AFTER_MS = 15_000;

export const BRIDGE_SCRIPT = `'use strict';
const frame = document.getElementById('inspector');
const status = document.getElementById('status');
const waiting = [];
const OVER = 'The replay is over: the inspector keeps what it was shown.';
let frameReady = false;
let over = false;
const say = (text) => { status.textContent = text; status.hidden = text === ''; };
const toFrame = (message) => frame.contentWindow.postMessage(message, '${STATELY_ORIGIN}');
window.addEventListener('message', (event) => {
  if (event.source !== frame.contentWindow || event.origin !== '${STATELY_ORIGIN}' || !event.data || event.data.type !== '@statelyai.connected') return;
  frameReady = true;
  say(over ? OVER : '');
  waiting.splice(0).forEach(toFrame);
});
// The token this page was opened with: the socket answers only with it.
const socket = new WebSocket('ws://' + location.host + '/?token=' + encodeURIComponent(new URLSearchParams(location.search).get('token') || ''));
socket.addEventListener('open', () => { if (!frameReady) say('Connected to truce; loading the Stately inspector…'); });
socket.addEventListener('message', (event) => {
  const message = JSON.parse(event.data);
  if (message.type === 'truce.done') {
    over = true;
    say(OVER);
  }
  if (typeof message._version !== 'string') return;
  if (frameReady) toFrame(message);
  else waiting.push(message);
});
socket.addEventListener('close', () => { if (!over) say('truce has stopped sending before the end of the replay.'); });
setTimeout(() => {
  if (!frameReady) say('The Stately inspector (${STATELY_INSPECTOR_URL}) has not answered: it needs the internet. Without it, use "truce view".');
}, ${FRAME_HINT_AFTER_MS});
`;

export const BRIDGE_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>truce — Stately inspector</title>
<style>
  html, body { height: 100%; margin: 0; }
  body { display: flex; flex-direction: column; font-family: system-ui, sans-serif; }
  #status { margin: 0; padding: 0.5em 1em; background: #fff4d6; border-bottom: 1px solid #e0c060; }
  iframe { flex: 1; width: 100%; border: none; }
</style>
</head>
<body>
<p id="status">Connecting to truce…</p>
<iframe id="inspector" title="Stately inspector" src="${STATELY_INSPECTOR_URL}"></iframe>
<script src="/bridge.js"></script>
</body>
</html>
`;

/** Only what the page needs: its own script and socket, and Stately's frame. */
export const BRIDGE_PAGE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'unsafe-inline'",
  "connect-src 'self'",
  `frame-src ${new URL(STATELY_INSPECTOR_URL).origin}`,
].join('; ');
