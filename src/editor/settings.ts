import * as vscode from 'vscode';
import { CONFIG_FILE, Config, ConfigIssue, LineIndex, SeveritySetting, defaultConfig, parseConfig, regexParts } from '../core';
import { ids } from './ids';

export type RunMode = 'onType' | 'onSave';

export interface EditorSettings {
  readonly enabled: boolean;
  readonly run: RunMode;
  readonly config: Config;
}

const LEVELS = new Set(['error', 'warning', 'information', 'hint', 'off']);

/** Settings for one resource: the `worklog.*` settings, with `.worklogrc.json` at the site root winning. */
export class SettingsProvider implements vscode.Disposable {
  private readonly siteConfigs = new Map<string, Promise<{ file: string; config: Config | undefined; problems: readonly string[] } | undefined>>();
  private readonly merged = new Map<string, Config>();
  private readonly announced = new Set<string>();
  private readonly watcher: vscode.FileSystemWatcher;
  /** Problems of each `.worklogrc.json`, shown on the file itself. */
  private readonly configDiagnostics = vscode.languages.createDiagnosticCollection('worklog-config');
  private restrictedSaid = false;
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  /** Bumped on every change, so a read that started before it does not cache the old values. */
  private generation = 0;

  constructor(private readonly output: vscode.OutputChannel) {
    this.watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
    const reset = () => {
      this.generation++;
      this.siteConfigs.clear();
      this.merged.clear();
      this.announced.clear();
      this.configDiagnostics.clear();
      this.changed.fire();
    };
    this.subscriptions.push(
      this.watcher,
      this.watcher.onDidChange(reset),
      this.watcher.onDidCreate(reset),
      this.watcher.onDidDelete(reset),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(ids.section)) reset();
      }),
      vscode.workspace.onDidGrantWorkspaceTrust(reset),
      this.configDiagnostics,
      this.changed,
    );
  }

  async forResource(uri: vscode.Uri): Promise<EditorSettings> {
    const generation = this.generation;
    const section = vscode.workspace.getConfiguration(ids.section, uri);
    const enabled = section.get<boolean>(ids.settings.enable, true);
    const run = section.get<RunMode>(ids.settings.run, 'onType') === 'onSave' ? 'onSave' : 'onType';
    const site = await this.siteConfig(uri);
    const key = `${site?.file ?? ''}\u0000${vscode.workspace.getWorkspaceFolder(uri)?.uri.toString() ?? ''}`;
    let config = this.merged.get(key);
    if (!config) {
      config = fromSettings(section);
      if (!vscode.workspace.isTrusted) this.sayRestricted(section);
      if (site?.config) config = mergeConfigs(config, site.config);
      if (generation === this.generation) this.merged.set(key, config);
    }
    return { enabled, run, config };
  }

  private siteConfig(uri: vscode.Uri) {
    const folder = vscode.workspace.getWorkspaceFolder(uri);
    if (!folder || uri.scheme !== folder.uri.scheme) return Promise.resolve(undefined);
    const dir = vscode.Uri.joinPath(uri, '..');
    let pending = this.siteConfigs.get(dir.toString());
    if (!pending) {
      pending = this.findSiteConfig(dir, folder.uri);
      this.siteConfigs.set(dir.toString(), pending);
    }
    return pending;
  }

  // Walks up to the workspace folder; a missing file is the normal case, not an error.
  private async findSiteConfig(dir: vscode.Uri, root: vscode.Uri): Promise<{ file: string; config: Config | undefined; problems: readonly string[] } | undefined> {
    for (let current = dir; ; current = vscode.Uri.joinPath(current, '..')) {
      const candidate = vscode.Uri.joinPath(current, CONFIG_FILE);
      try {
        const bytes = await vscode.workspace.fs.readFile(candidate);
        const text = new TextDecoder().decode(bytes);
        // In Restricted Mode a regex from the folder is never compiled, analysed or run.
        const parsed = parseConfig(text, undefined, undefined, { regexes: vscode.workspace.isTrusted });
        if (!this.announced.has(candidate.toString())) {
          this.announced.add(candidate.toString());
          this.announce(candidate, text, parsed.issues, parsed.skippedRegexes > 0);
        }
        return { file: candidate.toString(), config: parsed.config, problems: parsed.problems };
      } catch {
        // No config here; keep walking up.
      }
      if (current.path === root.path || current.path.length <= root.path.length || current.path === '/') return undefined;
    }
  }

  /** VS Code hides workspace values of `worklog.ignoreLinks` in Restricted Mode (restrictedConfigurations); say so once when it does. */
  private sayRestricted(section: vscode.WorkspaceConfiguration): void {
    const inspected = section.inspect<unknown>(ids.settings.ignoreLinks);
    const fromFolder = [...stringArray(inspected?.workspaceValue), ...stringArray(inspected?.workspaceFolderValue)];
    if (this.restrictedSaid || !fromFolder.some((p) => regexParts(p))) return;
    this.restrictedSaid = true;
    this.output.appendLine(vscode.l10n.t('Restricted Mode: regex patterns from {0} and the workspace settings (/regex/ in ignoreLinks, remap rules) are not used until you trust this folder.', CONFIG_FILE));
  }

  /** Says once in the output channel what applies and what is wrong (line:column), and marks each problem on the file. */
  private announce(file: vscode.Uri, text: string, issues: readonly ConfigIssue[], regexesDropped: boolean): void {
    const name = vscode.workspace.asRelativePath(file);
    const lines = new LineIndex(text);
    const fatal = issues.some((i) => i.fatal);
    this.output.appendLine(fatal ? vscode.l10n.t('{0} cannot be read and does not apply:', name) : vscode.l10n.t('{0} applies to this site and takes precedence over the worklog.* settings.', name));
    for (const issue of issues) {
      const at = lines.positionAt(issue.offset);
      this.output.appendLine(`  ${name}:${at.line + 1}:${at.character + 1}: ${issue.message}`);
    }
    if (regexesDropped && !this.restrictedSaid) {
      this.restrictedSaid = true;
      this.output.appendLine(vscode.l10n.t('Restricted Mode: regex patterns from {0} and the workspace settings (/regex/ in ignoreLinks, remap rules) are not used until you trust this folder.', name));
    }
    this.configDiagnostics.set(
      file,
      issues.map((issue) => {
        const range = new vscode.Range(toPosition(lines, issue.offset), toPosition(lines, issue.offset + issue.length));
        const diagnostic = new vscode.Diagnostic(range, issue.message, issue.fatal ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
        diagnostic.source = ids.diagnosticSource;
        return diagnostic;
      }),
    );
  }

  dispose(): void {
    this.subscriptions.forEach((d) => d.dispose());
  }
}

function fromSettings(section: vscode.WorkspaceConfiguration): Config {
  const severities: Record<string, SeveritySetting> = {};
  for (const [code, level] of Object.entries(section.get<Record<string, unknown>>(ids.settings.severity, {}) ?? {})) {
    if (typeof level === 'string' && LEVELS.has(level)) severities[code] = level as SeveritySetting;
  }
  const dateOrder = section.get<string>(ids.settings.dateOrder, 'auto');
  return {
    severities,
    labs: stringArray(section.get(ids.settings.labs)),
    dateOrder: dateOrder === 'dmy' || dateOrder === 'mdy' ? dateOrder : defaultConfig.dateOrder,
    ignoreLinks: stringArray(section.get(ids.settings.ignoreLinks)),
  };
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The site file wins where it says something; settings fill in the rest. */
function mergeConfigs(settings: Config, site: Config): Config {
  return {
    severities: { ...settings.severities, ...site.severities },
    labs: [...settings.labs, ...site.labs],
    dateOrder: site.dateOrder !== 'auto' ? site.dateOrder : settings.dateOrder,
    ignoreLinks: [...settings.ignoreLinks, ...site.ignoreLinks],
    ...(site.remap ? { remap: site.remap } : {}),
  };
}

function toPosition(lines: LineIndex, offset: number): vscode.Position {
  const p = lines.positionAt(offset);
  return new vscode.Position(p.line, p.character);
}
