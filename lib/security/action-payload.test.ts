import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isWellFormedActionBody, MAX_ACTION_ARGUMENTS } from "./action-payload";

/*
 * Issue 11, finding 5 (malformed server-action payloads must end as a 400, never a 500): the check the socket
 * guard makes before Next.js decodes an action body. What React's own encoder (the one the pages use) produces
 * is accepted; what Next.js 16's decoder throws on is refused. Over HTTP: e2e/security-findings.spec.ts.
 */
const { encodeReply } = (await import("next/dist/compiled/react-server-dom-webpack/client.node" as string)) as {
  encodeReply: (value: unknown) => Promise<string | FormData>;
};

const TEXT = "text/plain;charset=UTF-8";

async function check(body: string, contentType = TEXT): Promise<boolean> {
  return isWellFormedActionBody(contentType, Buffer.from(body, "utf8"));
}

/** What the browser sends for these arguments: a text body, or a multipart form. */
async function encoded(args: unknown[]): Promise<{ contentType: string; body: Buffer }> {
  const reply = await encodeReply(args);
  if (typeof reply === "string") return { contentType: TEXT, body: Buffer.from(reply) };
  const request = new Request("http://x/", { method: "POST", body: reply });
  return { contentType: request.headers.get("content-type")!, body: Buffer.from(await request.arrayBuffer()) };
}

describe("isWellFormedActionBody", () => {
  it("accepts what the pages' encoder sends: plain values, dates, big integers, Maps, Sets, FormData with files, repeated objects", async () => {
    const form = new FormData();
    form.append("email", "a@b.example");
    form.append("file", new Blob(["x,y\n1,2"]), "data.csv");
    const shared = { k: 1 };
    const cases: unknown[][] = [
      [{ a: 1, b: "$looks like a tag", c: undefined, d: new Date(0), n: 10n }],
      [null, form],
      [new Map([[1, 2]]), new Set([3])],
      [shared, shared],
      [Infinity, -0, NaN, -Infinity],
      [],
    ];
    for (const args of cases) {
      const { contentType, body } = await encoded(args);
      expect(await isWellFormedActionBody(contentType, body), JSON.stringify(String(body))).toBe(true);
    }
  });

  it("accepts every argument list of JSON-like values the encoder produces (1,000 generated)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.jsonValue(), { maxLength: 4 }), async (args) => {
        const { contentType, body } = await encoded(args);
        expect(await isWellFormedActionBody(contentType, body)).toBe(true);
      }),
      { numRuns: 1000, seed: 20261203 },
    );
  });

  it.each([
    ["[zxc]", "not JSON (the payload of vercel/next.js#86945)"],
    ["[", "truncated JSON"],
    ["", "empty"],
    ['"x"', "a root that is not an argument list"],
    ['{"a":1}', "an object root"],
    ['["$1"]', "a reference to a part a text body does not have"],
    ['["$@1"]', "a promise reference to a missing part"],
    ['["$Q2"]', "a Map reference to a missing part"],
    ['["$h0"]', "a server reference"],
    ['["$F1"]', "an unknown tag"],
    ['["$Z"]', "an unknown tag"],
    ['["$R1"]', "a stream"],
    ['["$A1"]', "a typed array"],
    ['["$B1"]', "a missing file"],
    ['["$nxyz"]', "a big integer that is not a number"],
    [`["$n${"9".repeat(301)}"]`, "a big integer over 300 digits"],
    ['["$-1"]', "an unknown negative"],
    ['["$0:missing"]', "a path that leads nowhere"],
    ['["$0:__proto__"]', "a path to an inherited property"],
    [JSON.stringify(Array.from({ length: MAX_ACTION_ARGUMENTS + 1 }, () => 0)), "more arguments than Next.js allows"],
    [`${"[".repeat(500)}${"]".repeat(500)}`, "nesting deeper than any form"],
  ])("refuses %s (%s)", async (body) => {
    expect(await check(body)).toBe(false);
  });

  it("refuses content types the encoder never sends, and malformed multipart bodies", async () => {
    expect(await check("[]", "application/json")).toBe(false);
    expect(await check("[]", "application/x-www-form-urlencoded")).toBe(false);
    expect(await check("[]", "")).toBe(false);
    expect(await check("--x\r\nContent-Disposition: form-data; name=\"0\"\r\n\r\n[]", "multipart/form-data; boundary=x")).toBe(false);
    const missingRoot = "--x\r\nContent-Disposition: form-data; name=\"1\"\r\n\r\n[]\r\n--x--\r\n";
    expect(await check(missingRoot, "multipart/form-data; boundary=x")).toBe(false);
    const badPart = '--x\r\nContent-Disposition: form-data; name="0"\r\n\r\n["$1"]\r\n--x\r\nContent-Disposition: form-data; name="1"\r\n\r\n{oops\r\n--x--\r\n';
    expect(await check(badPart, "multipart/form-data; boundary=x")).toBe(false);
  });

  it("never throws, whatever the bytes (2,000 generated bodies)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ maxLength: 200 }), fc.constantFrom(TEXT, "multipart/form-data; boundary=x", "text/x-component", "application/json"), async (body, type) => {
        await expect(check(body, type)).resolves.toBeTypeOf("boolean");
      }),
      { numRuns: 2000, seed: 20261203 },
    );
  });
});
