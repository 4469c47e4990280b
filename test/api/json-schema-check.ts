// A small JSON Schema checker for the subset the generated OpenAPI document
// uses (type, properties, required, items, anyOf, enum, const, pattern,
// format date), so that responses are checked against the document itself.

export type JsonSchema = {
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  format?: string;
};

const KNOWN = new Set([
  "type",
  "properties",
  "required",
  "items",
  "anyOf",
  "enum",
  "const",
  "pattern",
  "format",
  "$schema",
]);

/** Problems found, each with the JSON path; [] when the value fits. */
export function schemaProblems(schema: JsonSchema, value: unknown, path = "$"): string[] {
  const unknown = Object.keys(schema).filter((key) => !KNOWN.has(key));
  if (unknown.length > 0) return [`${path}: the checker does not know ${unknown.join(", ")}`];
  if (schema.anyOf) {
    const fits = schema.anyOf.some((option) => schemaProblems(option, value, path).length === 0);
    return fits ? [] : [`${path}: fits none of anyOf`];
  }
  if (schema.const !== undefined && value !== schema.const) return [`${path}: not ${schema.const}`];
  if (schema.enum && !schema.enum.includes(value)) return [`${path}: ${String(value)} not in enum`];
  if (schema.type !== undefined) {
    const types = Array.isArray(schema.type) ? schema.type : [schema.type];
    if (!types.some((type) => hasType(value, type))) return [`${path}: not ${types.join("|")}`];
  }
  const problems: string[] = [];
  if (typeof value === "string") {
    if (schema.pattern && !new RegExp(schema.pattern, "u").test(value)) {
      problems.push(`${path}: does not match ${schema.pattern}`);
    }
    if (schema.format === "date" && !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
      problems.push(`${path}: not a date`);
    }
  }
  if (Array.isArray(value) && schema.items) {
    value.forEach((item, i) => {
      problems.push(...schemaProblems(schema.items as JsonSchema, item, `${path}[${i}]`));
    });
  }
  if (isObject(value)) {
    for (const key of schema.required ?? []) {
      if (!(key in value)) problems.push(`${path}.${key}: missing`);
    }
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      if (key in value) problems.push(...schemaProblems(property, value[key], `${path}.${key}`));
    }
  }
  return problems;
}

function hasType(value: unknown, type: string): boolean {
  switch (type) {
    case "null":
      return value === null;
    case "integer":
      return Number.isInteger(value);
    case "array":
      return Array.isArray(value);
    case "object":
      return isObject(value);
    default:
      return typeof value === type;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
