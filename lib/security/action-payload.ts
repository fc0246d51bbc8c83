/**
 * A structural check of a server-action request body (the RSC "reply" that React's encodeReply produces),
 * made before Next.js decodes it. Next.js 16 answers every body its decoder cannot read with a 500 and logs
 * the error with a piece of the payload (vercel/next.js#86945, unfixed in 16.4): a truncated JSON, a
 * reference to a part that is not there, a root that is not an argument list. What this accepts is what the
 * app's own pages send: a JSON argument list (text/plain) or a multipart form whose part "0" is that list,
 * with plain values, dates, big integers, Maps and Sets, FormData and files. Everything else (server
 * references, typed arrays, streams, unknown `$` tags) is refused with a 400 before Next.js sees it.
 *
 * The rules follow React's reply decoder (parseModelString in react-server-dom-webpack's server build):
 * a string starting with `$` is a tag; `$<hex>`, `$@<hex>`, `$Q<hex>`, `$W<hex>`, `$i<hex>` name another
 * part of a multipart body, optionally with a `:key:key` path into it; `$B<hex>` names a file part.
 */
export const MAX_ACTION_ARGUMENTS = 1000; // Next.js's own limit (SERVER_ACTION_ARGS_LIMIT); above it, a 500
const MAX_DEPTH = 100;
const MAX_VALUES = 200_000;

type Parts = Map<string, string | Blob>;

export async function isWellFormedActionBody(contentType: string | undefined, body: Buffer): Promise<boolean> {
  const type = (contentType ?? "").toLowerCase();
  let parts: Parts = new Map();
  let root: string | Blob | undefined;
  if (type.startsWith("multipart/form-data")) {
    try {
      const form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType! } }).formData();
      parts = new Map([...form.entries()]);
    } catch {
      return false;
    }
    root = parts.get("0");
  } else if (type.startsWith("text/plain") || type.startsWith("text/x-component")) {
    root = body.toString("utf8");
    parts.set("0", root); // the whole body is part 0, which references (`$0:1`, a repeated object) may name
  } else {
    return false;
  }
  if (typeof root !== "string") return false;
  const checker = new ReplyChecker(parts);
  const args = checker.parsePart(root);
  if (!Array.isArray(args) || args.length > MAX_ACTION_ARGUMENTS) return false;
  return checker.checkValue(args, 0);
}

class ReplyChecker {
  readonly #parts: Parts;
  readonly #parsed = new Map<string, unknown>();
  readonly #checked = new Set<string>();
  #values = 0;

  constructor(parts: Parts) {
    this.#parts = parts;
  }

  /** JSON.parse, with `undefined` for text that is not JSON. */
  parsePart(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  }

  checkValue(value: unknown, depth: number): boolean {
    this.#values += 1;
    if (depth > MAX_DEPTH || this.#values > MAX_VALUES) return false;
    if (typeof value === "string") return value.startsWith("$") ? this.#checkTag(value, depth) : true;
    if (value === null || typeof value !== "object") return value !== undefined;
    const children = Array.isArray(value) ? value : Object.values(value);
    return children.every((child) => this.checkValue(child, depth + 1));
  }

  #checkTag(value: string, depth: number): boolean {
    const tag = value[1] ?? "";
    const rest = value.slice(2);
    switch (tag) {
      case "$": // an escaped string
      case "u": // undefined
      case "I": // Infinity
      case "N": // NaN
      case "D": // a date (an unreadable one decodes as Invalid Date, not an error)
      case "T": // a temporary reference (the client keeps the object)
      case "K": // a FormData: the entries prefixed with its id, none required
        return true;
      case "-": // -0 or -Infinity
        return value === "$-0" || value === "$-Infinity";
      case "n": // a big integer, at most 300 digits
        return /^-?\d{1,300}$/.test(rest);
      case "@":
      case "Q":
      case "W":
      case "i":
        return this.#checkReference(rest, depth);
      case "B":
        return /^[0-9a-f]{1,8}$/i.test(rest) && this.#parts.get(String(parseInt(rest, 16))) instanceof Blob;
      default:
        // `$<hex>[:path]` is an outlined value; every other tag (server references `$h`, typed arrays,
        // streams, unknown letters) is something the app's actions never take.
        return /^[0-9a-f]/i.test(tag) && this.#checkReference(value.slice(1), depth);
    }
  }

  /** `<hex id>[:key…]`: the part exists, is JSON, is well formed, and the path leads somewhere. */
  #checkReference(reference: string, depth: number): boolean {
    const [hexId, ...path] = reference.split(":");
    if (!/^[0-9a-f]{1,8}$/i.test(hexId ?? "")) return false;
    const key = String(parseInt(hexId!, 16));
    if (key === "0" && path.length === 0) return true; // the root itself (a cycle)
    const text = this.#parts.get(key);
    if (typeof text !== "string") return false;
    if (!this.#parsed.has(key)) this.#parsed.set(key, this.parsePart(text));
    const model = this.#parsed.get(key);
    if (model === undefined) return false;
    if (!this.#checked.has(key)) {
      this.#checked.add(key); // before recursing: parts may refer to each other
      if (!this.checkValue(model, depth + 1)) return false;
    }
    let node: unknown = model;
    for (const segment of path) {
      if (node === null || typeof node !== "object" || !Object.prototype.hasOwnProperty.call(node, segment)) return false;
      node = (node as Record<string, unknown>)[segment];
    }
    return true;
  }
}
