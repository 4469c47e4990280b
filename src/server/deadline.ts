/**
 * Waits for a task for at most `ms`. Resolves true when it finished in time and
 * false when the deadline passed first (the task keeps running); rejects with
 * the task's error when it failed in time.
 */
export function finishesWithin(task: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(resolve, ms, false);
  });
  return Promise.race([task.then(() => true), deadline]).finally(() => clearTimeout(timer));
}
