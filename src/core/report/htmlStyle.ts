/** The report's stylesheet: light by default, dark under `prefers-color-scheme`, VS Code's colours in the webview, clean print. */
export const REPORT_CSS = `
:root {
  color-scheme: light dark;
  --bg: #ffffff; --fg: #1f2328; --muted: #59636e; --border: #d0d7de; --head: #f6f8fa; --link: #0969da;
  --ok: #d1f0d9; --info: #dbe9fb; --warning: #fbe7b5; --error: #f9d0d0; --missing: #eef0f2; --mark: #fff3c4;
  --font: -apple-system, BlinkMacSystemFont, "Segoe UI", Roboto, Ubuntu, sans-serif;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #0d1117; --fg: #e6edf3; --muted: #9198a1; --border: #3d444d; --head: #151b23; --link: #4493f8;
    --ok: #1f4d2c; --info: #1d3557; --warning: #5a4413; --error: #6b2323; --missing: #262c36; --mark: #4a3f10;
  }
}
body.vscode-light, body.vscode-dark, body.vscode-high-contrast, body.vscode-high-contrast-light {
  --bg: var(--vscode-editor-background); --fg: var(--vscode-editor-foreground); --muted: var(--vscode-descriptionForeground);
  --border: var(--vscode-panel-border, #80808059); --head: var(--vscode-editorWidget-background); --link: var(--vscode-textLink-foreground);
  --font: var(--vscode-font-family);
}
body.vscode-dark, body.vscode-high-contrast {
  --ok: #1f4d2c; --info: #1d3557; --warning: #5a4413; --error: #6b2323; --missing: #262c36; --mark: #4a3f10;
}
* { box-sizing: border-box; }
body { margin: 0; padding: 1.5rem 2rem 3rem; background: var(--bg); color: var(--fg); font: 14px/1.45 var(--font); }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid var(--border); }
h3 { font-size: 1.1rem; margin: 1.75rem 0 .25rem; }
a { color: var(--link); }
.muted, .root { color: var(--muted); }
.root { font-size: .85em; font-family: ui-monospace, SFMono-Regular, Consolas, monospace; word-break: break-all; }
nav { margin: .5rem 0 1rem; display: flex; gap: 1rem; flex-wrap: wrap; }
table { border-collapse: collapse; margin: .5rem 0; }
th, td { border: 1px solid var(--border); padding: .3rem .55rem; text-align: left; vertical-align: top; }
thead th { background: var(--head); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
th button { all: inherit; cursor: pointer; padding: 0; border: 0; }
th button::after { content: " \\2195"; color: var(--muted); font-size: .8em; }
th[aria-sort="ascending"] button::after { content: " \\2191"; }
th[aria-sort="descending"] button::after { content: " \\2193"; }
.badge { display: inline-block; margin-left: .4rem; padding: 0 .4rem; border-radius: .6rem; font-size: .8em; background: var(--error); color: var(--fg); }
.wrap { overflow-x: auto; }
table.grid td { width: 2rem; min-width: 2rem; height: 1.8rem; padding: 0; text-align: center; font-weight: 600; }
table.grid td a, table.grid td span { display: block; width: 100%; height: 100%; line-height: 1.8rem; color: var(--fg); text-decoration: none; }
table.grid th[scope="row"] { white-space: nowrap; max-width: 18rem; overflow: hidden; text-overflow: ellipsis; }
.s-clean { background: var(--ok); } .s-information, .s-hint { background: var(--info); }
.s-warning { background: var(--warning); } .s-error { background: var(--error); }
.s-missing { background: repeating-linear-gradient(45deg, var(--missing), var(--missing) 4px, transparent 4px, transparent 8px); color: var(--muted); }
.legend { display: flex; flex-wrap: wrap; gap: .9rem; margin: .25rem 0 .5rem; font-size: .9em; }
.legend span::before { content: ""; display: inline-block; width: .9rem; height: .9rem; margin-right: .3rem; vertical-align: -2px; border: 1px solid var(--border); background: inherit; }
.legend span { background: none; }
.legend span.mark::before { display: none; }
table.similar td { min-width: 13rem; } table.similar td:last-child { max-width: 42rem; }
.legend .s-clean::before { background: var(--ok); } .legend .s-information::before { background: var(--info); }
.legend .s-warning::before { background: var(--warning); } .legend .s-error::before { background: var(--error); }
.legend .s-missing::before { background: repeating-linear-gradient(45deg, var(--missing), var(--missing) 3px, transparent 3px, transparent 6px); }
table.labs th.site { writing-mode: vertical-rl; transform: rotate(180deg); white-space: nowrap; max-height: 12rem; overflow: hidden; text-overflow: ellipsis; font-weight: 500; }
table.labs td.hit { background: var(--ok); text-align: center; font-size: .85em; }
blockquote { margin: 0; padding: .2rem .6rem; border-left: 3px solid var(--border); background: var(--mark); }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; margin: .5rem 0; }
dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; }
[data-page] { cursor: pointer; }
@media print {
  :root, body.vscode-dark, body.vscode-high-contrast {
    --bg: #fff; --fg: #000; --muted: #444; --border: #999; --head: #eee; --link: #000;
    --ok: #d1f0d9; --info: #dbe9fb; --warning: #fbe7b5; --error: #f9d0d0; --missing: #e4e7ea; --mark: #fff3c4;
  }
  body { padding: 0; font-size: 11px; background: #fff; color: #000; }
  nav, th button::after { display: none; }
  a { color: inherit; text-decoration: none; }
  .wrap { overflow: visible; }
  tr, blockquote, dl { break-inside: avoid; }
  section.site { break-inside: avoid-page; }
  td, th, .legend span::before { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
`;
