import { describe, expect, it } from "vitest";
import { Semaphore } from "./semaphore";

describe("Semaphore", () => {
  it("never runs more than its limit at once, and runs every queued job", async () => {
    const semaphore = new Semaphore(2, 100);
    let active = 0;
    let peak = 0;
    const job = async () => {
      active += 1;
      peak = Math.max(peak, active);
      await new Promise((resolve) => setTimeout(resolve, 5));
      active -= 1;
      return 1;
    };
    const results = await Promise.all(Array.from({ length: 20 }, () => semaphore.run(job, () => new Error("busy"))));
    expect(results).toHaveLength(20);
    expect(peak).toBe(2);
    expect(semaphore.stats).toEqual({ running: 0, waiting: 0 });
  });

  it("refuses at once beyond its waiting room, and frees slots after a failed job", async () => {
    const semaphore = new Semaphore(1, 2);
    const slow = () => new Promise<number>((resolve) => setTimeout(() => resolve(1), 10));
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => semaphore.run(slow, () => new Error("busy"))));
    expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(3);
    expect(outcomes.filter((outcome) => outcome.status === "rejected")).toHaveLength(2);
    await expect(semaphore.run(() => Promise.reject(new Error("boom")), () => new Error("busy"))).rejects.toThrow("boom");
    expect(semaphore.stats).toEqual({ running: 0, waiting: 0 });
  });
});
