// CPU time another process has used, from /proc (Linux): what the answers cost
// the server itself, which holds still when other work on a shared machine
// makes every rate and latency swing.

import { readFileSync } from "node:fs";

/** USER_HZ, the unit of /proc/<pid>/stat's times: 100 on every Linux build in use. */
const TICKS_PER_SECOND = 100;

/** User and system CPU of the process (all its threads) in ms, or undefined without /proc. */
export function cpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // After the command name, which is in parentheses and may hold spaces:
    // state is field 3, utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? (ticks * 1000) / TICKS_PER_SECOND : undefined;
  } catch {
    return undefined;
  }
}
