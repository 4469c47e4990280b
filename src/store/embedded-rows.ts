// Rows and values of the embedded client (embedded-client.ts), shaped exactly as
// @libsql/client gives them, so the repositories and drizzle cannot tell the two
// clients apart: a row is an object whose own enumerable properties are its
// column names (the first of two columns with one name wins), readable by index
// too, with a non-enumerable `length`.

import type { InValue, Row, Value } from "@libsql/client";

/** Builds the rows of one statement's result: made once per statement, then reused. */
export type RowMaker = (values: readonly unknown[]) => Row;

/**
 * @libsql/client defines every index and `length` on each row with
 * Object.defineProperty, the costliest part of reading a row. Here they live
 * once on a prototype shared by the statement's rows, as getters of the named
 * values, and a row is a plain assignment per column. Column lists where that
 * cannot be (a name used twice, a name that is an index or "length") get rows
 * built the way @libsql/client builds them.
 */
export function rowMaker(columns: readonly string[]): RowMaker {
  const names = new Set(columns);
  const indexLike = columns.some((name) => name === "length" || /^\d+$/.test(name));
  if (names.size !== columns.length || indexLike) return (values) => definedRow(columns, values);
  const shared: object = Object.create(Object.prototype);
  Object.defineProperty(shared, "length", { value: columns.length });
  columns.forEach((name, index) => {
    Object.defineProperty(shared, index, {
      get(this: Record<string, Value>) {
        return this[name];
      },
    });
  });
  return (values) => {
    const row = Object.create(shared) as Record<string, Value>;
    for (let i = 0; i < columns.length; i++) row[columns[i] as string] = valueFromSql(values[i]);
    return row as unknown as Row;
  };
}

function definedRow(columns: readonly string[], values: readonly unknown[]): Row {
  const row = {};
  Object.defineProperty(row, "length", { value: values.length });
  for (let i = 0; i < values.length; i++) {
    const value = valueFromSql(values[i]);
    Object.defineProperty(row, i, { value });
    const column = columns[i] as string;
    if (!Object.hasOwn(row, column)) {
      Object.defineProperty(row, column, {
        value,
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
  }
  return row as Row;
}

const MIN_SAFE = BigInt(Number.MIN_SAFE_INTEGER);
const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * Integers are read as bigint (safeIntegers), so that one too large for a
 * number fails loudly, as with @libsql/client's default intMode "number",
 * instead of coming back rounded.
 */
export function valueFromSql(value: unknown): Value {
  if (typeof value === "bigint") {
    if (value < MIN_SAFE || value > MAX_SAFE) {
      throw new RangeError(
        "Received integer which cannot be safely represented as a JavaScript number",
      );
    }
    return Number(value);
  }
  if (value instanceof Uint8Array) {
    return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer;
  }
  return value as Value;
}

const MIN_INTEGER = -9223372036854775808n;
const MAX_INTEGER = 9223372036854775807n;

/** An argument as the binding takes it, refused as @libsql/client refuses it. */
export function valueToSql(value: InValue): unknown {
  if (typeof value === "number") {
    if (!Number.isFinite(value)) {
      throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
    }
    return value;
  }
  if (typeof value === "bigint") {
    if (value < MIN_INTEGER || value > MAX_INTEGER) {
      throw new RangeError(
        "bigint is too large to be represented as a 64-bit integer and passed as argument",
      );
    }
    return value;
  }
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value instanceof ArrayBuffer) return Buffer.from(value);
  if (value instanceof Date) return value.valueOf();
  if (value === undefined) {
    throw new TypeError("undefined cannot be passed as argument to the database");
  }
  return value;
}
