import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { SessionUser } from "@/lib/auth/access";
import { fail, ok } from "@/lib/result";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
vi.mock("next/navigation", () => ({ redirect: vi.fn(() => { throw new Error("NEXT_REDIRECT"); }) }));
vi.mock("@/lib/session/guards", () => ({ checkUser: vi.fn(), getCurrentUser: vi.fn() }));

const { revalidatePath } = await import("next/cache");
const { redirect } = await import("next/navigation");
const { checkUser, getCurrentUser } = await import("@/lib/session/guards");
const { defineAction } = await import("./define-action");

const respondent: SessionUser = { id: "u1", email: "u1@test.example", name: "U1", role: "RESPONDENT", agencyId: "a1", language: "en" };
const schema = z.object({ id: z.string().min(1, { error: "validation.invalidId" }) });

beforeEach(() => {
  vi.clearAllMocks();
  vi.mocked(checkUser).mockResolvedValue(ok(respondent));
  vi.mocked(getCurrentUser).mockResolvedValue(null);
});

describe("defineAction", () => {
  it("checks the permission before anything else, and calls nothing when refused", async () => {
    vi.mocked(checkUser).mockResolvedValue(fail("forbidden"));
    const fn = vi.fn(async () => ok());
    const action = defineAction({ schema, permission: "assessment:fill" }, fn);
    expect(await action({ id: "" })).toEqual({ ok: false, code: "forbidden", error: "validation.forbidden" });
    expect(checkUser).toHaveBeenCalledWith({ permission: "assessment:fill" });
    expect(fn).not.toHaveBeenCalled();
  });

  it("refuses input the schema refuses, with the first message and the field errors", async () => {
    const fn = vi.fn(async () => ok());
    const action = defineAction({ schema, permission: "signed-in" }, fn);
    expect(await action({ id: "" })).toEqual({
      ok: false,
      code: "invalid",
      error: "validation.invalidId",
      fieldErrors: { id: ["validation.invalidId"] },
    });
    expect(checkUser).toHaveBeenCalledWith({});
    expect(fn).not.toHaveBeenCalled();
  });

  it("passes the parsed input and the user, then revalidates and redirects on success only", async () => {
    const fn = vi.fn(async (input: { id: string }, user: SessionUser) => ok({ seen: `${input.id}:${user.id}` }));
    const action = defineAction(
      { schema, permission: "assessment:fill", revalidate: (input) => [`/x/${input.id}`, { path: "/y", type: "layout" }], redirectTo: (data: { seen: string }) => `/done/${data.seen}` },
      fn,
    );
    await expect(action({ id: "7" })).rejects.toThrow("NEXT_REDIRECT");
    expect(revalidatePath).toHaveBeenNthCalledWith(1, "/x/7");
    expect(revalidatePath).toHaveBeenNthCalledWith(2, "/y", "layout");
    expect(redirect).toHaveBeenCalledWith("/done/7:u1");

    vi.clearAllMocks();
    vi.mocked(checkUser).mockResolvedValue(ok(respondent));
    const refusing = defineAction({ schema, permission: "assessment:fill", revalidate: ["/x"], redirectTo: () => "/done" }, async () => fail("conflict", "validation.notDraft"));
    expect(await refusing({ id: "7" })).toMatchObject({ ok: false, code: "conflict", error: "validation.notDraft" });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });

  it("lets anyone call a public action, with the user when there is one", async () => {
    vi.mocked(getCurrentUser).mockResolvedValue(respondent);
    const action = defineAction({ schema, permission: "public" }, async (_input, user) => ok(user?.id ?? null));
    expect(await action({ id: "1" })).toEqual({ ok: true, data: "u1" });
    expect(checkUser).not.toHaveBeenCalled();
  });
});
