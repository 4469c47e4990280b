// Runs project entry points as real child processes, the way an operator does,
// with an environment built from scratch so the developer's own settings never leak in.

import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));

export interface RunningProcess {
  child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** SIGTERM to the process, then SIGKILL to its group if it has not exited within a few seconds. */
  stop(): Promise<void>;
}

/** Starts `node --import tsx <script> …args` in the project root. */
export function startTsx(
  script: string,
  args: string[],
  env: Record<string, string>,
): RunningProcess {
  return start(process.execPath, ["--import", "tsx", script, ...args], env);
}

/** Starts a command in its own process group, so stop() also ends what it started. */
export function start(
  command: string,
  args: string[],
  env: Record<string, string>,
): RunningProcess {
  const child = spawn(command, args, {
    cwd: PROJECT_ROOT,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", ...env },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  let output = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null) resolve();
    child.once("exit", () => resolve());
  });
  return {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      // The process itself first, so it can end and reap its own children (wrangler's workerd).
      child.kill("SIGTERM");
      const timer = setTimeout(() => signalGroup(child, "SIGKILL"), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Resolves with the process's exit code and output once it ends; kills it after timeoutMs. */
export async function runToEnd(
  running: RunningProcess,
  timeoutMs: number,
): Promise<{ code: number | null; output: string }> {
  const timer = setTimeout(() => running.stop(), timeoutMs);
  const code = await new Promise<number | null>((resolve) => {
    if (running.child.exitCode !== null) resolve(running.child.exitCode);
    running.child.once("exit", (exitCode) => resolve(exitCode));
  });
  clearTimeout(timer);
  return { code, output: running.output() };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // The group is already gone.
  }
}
