/** Where a CLI run writes and what it knows of its surroundings (the tests pass their own). */
export interface Io {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly isTty: boolean;
  /** Whether stderr is a terminal: `report` shows its progress there. */
  readonly stderrIsTty?: boolean;
  readonly cwd: string;
  /** For the default locale (LC_ALL, LC_MESSAGES, LANG); none means English. */
  readonly env?: NodeJS.ProcessEnv;
}
