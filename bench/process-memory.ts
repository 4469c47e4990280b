// Resident memory of another process, from /proc (Linux): how much of the
// machine the server really holds, heap, native libSQL memory and all.

import { readFileSync } from "node:fs";

/** VmRSS of the process in MiB, or undefined where /proc is not available. */
export function residentMiB(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    const kib = /^VmRSS:\s+(\d+)\s+kB$/m.exec(status)?.[1];
    return kib === undefined ? undefined : Number(kib) / 1024;
  } catch {
    return undefined;
  }
}
