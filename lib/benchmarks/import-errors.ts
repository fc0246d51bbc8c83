import type { z } from "zod";

/**
 * One problem in an uploaded dataset. `message` is a key of the `benchmarks` message namespace
 * (`import.errors.*` for the file's form, `dataset.errors.*` for its content) and `params` fills it.
 * `row` is the spreadsheet row of a CSV file (the header is row 1); absent for JSON or for a field no row
 * gave. `path` names the field in the dataset, segments joined by "/" (item ids contain dots).
 */
export type ImportError = {
  row?: number;
  path: string;
  message: string;
  params: Record<string, string | number>;
};

export type IssuePath = readonly PropertyKey[];

export function formatPath(path: IssuePath): string {
  return path.map(String).join("/");
}

/** Zod's own issue codes, for the rules the schema states without a custom key. */
const KEY_BY_CODE: Partial<Record<z.core.$ZodIssue["code"], string>> = {
  invalid_type: "dataset.errors.invalidType",
  unrecognized_keys: "dataset.errors.unknownField",
  invalid_value: "dataset.errors.invalidValue",
  invalid_union: "dataset.errors.invalidValue",
  too_small: "dataset.errors.outOfRange",
  too_big: "dataset.errors.outOfRange",
  invalid_format: "dataset.errors.invalidValue",
};

function primitiveAt(input: unknown, path: IssuePath): string | number | undefined {
  let value: unknown = input;
  for (const segment of path) {
    if (value === null || typeof value !== "object") return undefined;
    value = (value as Record<PropertyKey, unknown>)[segment];
  }
  return typeof value === "string" || typeof value === "number" ? value : undefined;
}

function paramsOf(issue: z.core.$ZodIssue, input: unknown): Record<string, string | number> {
  const params: Record<string, string | number> = {};
  const value = primitiveAt(input, issue.path);
  if (value !== undefined) params.value = value;
  if (issue.code === "custom" && issue.params) {
    for (const [key, param] of Object.entries(issue.params)) {
      if (typeof param === "string" || typeof param === "number") params[key] = param;
    }
  }
  if (issue.code === "invalid_type") params.expected = issue.expected;
  if (issue.code === "unrecognized_keys") params.keys = issue.keys.join(", ");
  if (issue.code === "too_small") params.minimum = Number(issue.minimum);
  if (issue.code === "too_big") params.maximum = Number(issue.maximum);
  return params;
}

/** Schema issues as import errors; `rowOf` maps a dataset path back to the CSV row that gave it. */
export function toImportErrors(
  error: z.ZodError,
  input: unknown,
  rowOf: (path: IssuePath) => number | undefined = () => undefined,
): ImportError[] {
  return error.issues.map((issue) => {
    const message = issue.message.startsWith("dataset.errors.")
      ? issue.message
      : (KEY_BY_CODE[issue.code] ?? "dataset.errors.invalid");
    const row = rowOf(issue.path);
    return {
      ...(row === undefined ? {} : { row }),
      path: formatPath(issue.path),
      message,
      params: paramsOf(issue, input),
    };
  });
}
