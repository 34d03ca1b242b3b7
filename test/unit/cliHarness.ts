// Shared by the CLI suites: sites written to temporary folders, and the CLI run in-process with its output captured.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { run } from '../../src/cli/main';

/** Writes each site to a fresh temporary folder; `removeAll` deletes every folder written so far. */
export function tempSites(prefix: string): { site(files: Record<string, string | Uint8Array>): string; removeAll(): void } {
  const roots: string[] = [];
  return {
    site(files) {
      const root = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
      roots.push(root);
      for (const [file, content] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
        fs.writeFileSync(path.join(root, file), content);
      }
      return root;
    },
    removeAll() {
      for (const root of roots.splice(0)) fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

export async function runCli(cwd: string, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await run(argv, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), isTty: false, cwd });
  return { code, stdout, stderr };
}
