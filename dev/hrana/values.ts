// Hrana values <-> the values the `libsql` binding takes and gives.
// Integers travel as decimal strings in JSON (64-bit safe) and are bound as
// bigint; statements read with safeIntegers, so an integer column comes back as
// a bigint and only true floats come back as numbers.

export type HranaValue =
  | { type: "null" }
  | { type: "integer"; value: string }
  | { type: "float"; value: number }
  | { type: "text"; value: string }
  | { type: "blob"; base64: string };

export type SqlValue = null | bigint | number | string | Uint8Array;

export class ProtocolError extends Error {}

export function toSql(value: unknown): SqlValue {
  if (typeof value !== "object" || value === null)
    throw new ProtocolError("a value is not an object");
  const { type } = value as { type?: unknown };
  const field = (name: string): unknown => (value as Record<string, unknown>)[name];
  switch (type) {
    case "null":
      return null;
    case "integer": {
      const text = field("value");
      if (typeof text !== "string" || !/^-?\d{1,20}$/.test(text)) {
        throw new ProtocolError("an integer value is not a decimal string");
      }
      return BigInt(text);
    }
    case "float": {
      const number = field("value");
      if (typeof number !== "number") throw new ProtocolError("a float value is not a number");
      return number;
    }
    case "text": {
      const text = field("value");
      if (typeof text !== "string") throw new ProtocolError("a text value is not a string");
      return text;
    }
    case "blob": {
      const base64 = field("base64");
      if (typeof base64 !== "string") throw new ProtocolError("a blob value has no base64");
      return Buffer.from(base64, "base64");
    }
    default:
      throw new ProtocolError(`unknown value type ${JSON.stringify(type)}`);
  }
}

export function toHrana(value: unknown): HranaValue {
  if (value === null || value === undefined) return { type: "null" };
  if (typeof value === "bigint") return { type: "integer", value: value.toString() };
  // Statements are read with safeIntegers, so a number is a REAL, even 2.0.
  if (typeof value === "number") return { type: "float", value };
  if (typeof value === "string") return { type: "text", value };
  if (value instanceof Uint8Array)
    return { type: "blob", base64: Buffer.from(value).toString("base64") };
  if (value instanceof ArrayBuffer) {
    return { type: "blob", base64: Buffer.from(value).toString("base64") };
  }
  throw new Error(`cannot encode a ${typeof value} as a Hrana value`);
}
