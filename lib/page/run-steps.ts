// Runs a stepwise job (a generator such as readPageSteps) one step per scheduled slot, so that no
// single task holds the page's main thread for the whole job. The scheduler is passed in: the content
// script gives requestIdleCallback, tests give setTimeout.

/** Calls `run` later: in the next idle period, the next macrotask, or at once. */
export type Schedule = (run: () => void) => void;

/**
 * Resolves with the job's result, or null when `cancelled()` turns true between two steps (the page
 * navigated, the extension was reloaded). A step that throws rejects the promise.
 */
export function runSteps<T>(
  steps: Generator<void, T, void>,
  schedule: Schedule,
  cancelled: () => boolean = () => false,
): Promise<T | null> {
  return new Promise<T | null>((resolve, reject) => {
    const next = () => {
      if (cancelled()) {
        resolve(null);
        return;
      }
      let step: IteratorResult<void, T>;
      try {
        step = steps.next();
      } catch (error) {
        reject(error);
        return;
      }
      if (step.done) resolve(step.value);
      else schedule(next);
    };
    schedule(next);
  });
}
