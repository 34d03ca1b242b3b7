// What `npm start` prints: one line while it works (building, installing the host once, starting it), then the URL.
// Kept apart from start.mjs so the wording is tested without starting anything.

/** The one line shown while the first run installs the host; the installers' own output goes to `logFile`. */
export function installingLine({ root, logFile }) {
  return `[start] First run: installing Node 24 and code-server (VS Code in a browser) into ${root}, once; 2-4 minutes (details: ${logFile}) ...`;
}

/** The line shown while code-server starts. */
export function startingLine() {
  return '[start] starting VS Code (code-server) ...';
}

/** What to open, and how to stop, once the workbench is served. */
export function readyLines({ url, folder, port, repoRoot }) {
  return [
    '',
    `[start] VS Code (code-server) with Worklog Studio from ${repoRoot}, on ${folder}`,
    `[start] open this URL in a browser on this machine (or forward port ${port}):`,
    '',
    `  ${url}`,
    '',
    '[start] extension host output: Output panel > "Extension Host (Remote)"; rebuild with `npm run build` and reload the window.',
    '[start] press Ctrl-C to stop.',
  ];
}

/** Why the first run stopped, with the end of the installers' log (what failed is usually in its last lines). */
export function installFailedLines({ error, logFile, logTail }) {
  return [`[start] installing the host failed: ${error}`, `[start] the end of ${logFile}:`, ...logTail.split('\n').map((line) => `  ${line}`)];
}
