/** Where a CLI run writes and what it knows of its surroundings (the tests pass their own). */
export interface Io {
  readonly stdout: (text: string) => void;
  /**
   * Resolves once what was written to stdout has gone out. A pipe takes writes without blocking, so a run that never
   * waited would hold all of its output in memory when the reader is slower than the checks.
   */
  readonly drained?: () => Promise<void>;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  /** Whether stderr is a terminal: `report` shows its progress there. */
  readonly stderrIsTty?: boolean;
  readonly cwd: string;
  /** For the default locale (LC_ALL, LC_MESSAGES, LANG); none means English. */
  readonly env?: NodeJS.ProcessEnv;
  /** Told how many files this thread checked: the code cache is written again after a run that checked many more. */
  readonly checkedHere?: (files: number) => void;
}
