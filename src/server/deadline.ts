/**
 * Waits for a task for at most `ms`. Resolves true when it finished in time and
 * false when the deadline passed first (the task keeps running); rejects with
 * the task's error when it failed in time. One promise and one timer per call,
 * as it runs once per webhook update.
 */
export function finishesWithin(task: Promise<unknown>, ms: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, ms, false);
    task.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
