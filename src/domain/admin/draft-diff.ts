// What publishing the draft changes for users: values they will see for the
// first time, values that change, and values that stay as they are.

export interface Compared {
  value: number;
  /** What users see now; null when they see nothing. */
  current: number | null;
}

export interface DraftDiff<T extends Compared> {
  added: T[];
  changed: T[];
  unchanged: T[];
}

export function diffDraft<T extends Compared>(values: T[]): DraftDiff<T> {
  return {
    added: values.filter((v) => v.current === null),
    changed: values.filter((v) => v.current !== null && v.current !== v.value),
    unchanged: values.filter((v) => v.current === v.value),
  };
}
