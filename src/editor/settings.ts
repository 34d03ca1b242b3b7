import * as vscode from 'vscode';
import { CONFIG_FILE, Config, SeveritySetting, defaultConfig, parseConfig } from '../core';
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
        const { config, problems } = parseConfig(new TextDecoder().decode(bytes));
        if (!this.announced.has(candidate.toString())) {
          this.announced.add(candidate.toString());
          this.output.appendLine(vscode.l10n.t('{0} applies to this site and takes precedence over the worklog.* settings.', vscode.workspace.asRelativePath(candidate)));
          for (const p of problems) this.output.appendLine(`  ${p}`);
        }
        return { file: candidate.toString(), config, problems };
      } catch {
        // No config here; keep walking up.
      }
      if (current.path === root.path || current.path.length <= root.path.length || current.path === '/') return undefined;
    }
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
