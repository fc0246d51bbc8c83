import { describe, expect, it } from "vitest";
import { clientAddress } from "./client-address";

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { "x-forwarded-for": xff });

describe("clientAddress (issue 11, finding 3)", () => {
  it("with no proxy, is the socket's address Next.js wrote (the client's own header was dropped at the socket)", () => {
    expect(clientAddress(headers("203.0.113.7"), 0)).toBe("203.0.113.7");
    expect(clientAddress(headers("::ffff:127.0.0.1"), 0)).toBe("127.0.0.1");
  });

  it("behind one proxy, is the address that proxy saw, whatever the client wrote to the left", () => {
    // The client sent "X-Forwarded-For: 1.2.3.4, 5.6.7.8"; the proxy appended the socket it saw.
    expect(clientAddress(headers("1.2.3.4, 5.6.7.8, 198.51.100.9"), 1)).toBe("198.51.100.9");
  });

  it("behind two proxies, is the address the outer proxy saw", () => {
    expect(clientAddress(headers("1.2.3.4, 198.51.100.9, 10.0.0.2"), 2)).toBe("198.51.100.9");
  });

  it("rotating the left part of the header never changes the address", () => {
    const seen = new Set(["9.9.9.1", "9.9.9.2", "9.9.9.3"].map((forged) => clientAddress(headers(`${forged}, 198.51.100.9`), 1)));
    expect([...seen]).toEqual(["198.51.100.9"]);
  });

  it("gives 'unknown' for a missing or non-address value (never writes a forged string to the audit log)", () => {
    expect(clientAddress(headers(), 0)).toBe("unknown");
    expect(clientAddress(headers("<script>alert(1)</script>"), 0)).toBe("unknown");
  });
});
