import type { Prisma } from "@/lib/generated/prisma/client";
import type { SubmissionFilters } from "@/lib/coordinator/submission-filters";
import { containsText } from "../text-search";

type Filters = Pick<SubmissionFilters, "status" | "region" | "country" | "round" | "q">;

/**
 * The filters as a Prisma `where`. Each is an equality on an indexed column (status, round, the agency's
 * region) or on the agency row, so the database filters before paginating. `agencyId` forces one agency
 * (a respondent's export).
 */
export function submissionWhere(filters: Filters, agencyId?: string): Prisma.AssessmentWhereInput {
  const agency: Prisma.AgencyWhereInput = {};
  if (filters.region) agency.region = filters.region;
  if (filters.country) agency.countryCode = filters.country;
  // Case-insensitive on both databases (for ASCII on SQLite).
  if (filters.q) agency.name = containsText(filters.q);
  return {
    ...(agencyId !== undefined ? { agencyId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.round ? { round: filters.round } : {}),
    ...(Object.keys(agency).length > 0 ? { agency } : {}),
  };
}

export function submissionOrderBy(filters: Pick<SubmissionFilters, "sort" | "dir">): Prisma.AssessmentOrderByWithRelationInput[] {
  const dir = filters.dir;
  // A unique last key keeps pages stable when many rows share the sorted value.
  switch (filters.sort) {
    case "agency":
      return [{ agency: { name: dir } }, { round: "desc" }, { id: "asc" }];
    case "round":
      return [{ round: dir }, { id: "asc" }];
    case "submitted":
      return [{ submittedAt: { sort: dir, nulls: "last" } }, { id: "asc" }];
    case "status":
      return [{ status: dir }, { id: "asc" }];
    case "updated":
      return [{ updatedAt: dir }, { id: "asc" }];
    // The indices of the current snapshot (typed, indexed columns); drafts have none and come last.
    case "digital_maturity":
      return [{ currentSnapshot: { digitalMaturity: { sort: dir, nulls: "last" } } }, { id: "asc" }];
    case "youth_readiness":
      return [{ currentSnapshot: { youthReadiness: { sort: dir, nulls: "last" } } }, { id: "asc" }];
  }
}

type Order = Prisma.AssessmentOrderByWithRelationInput;

/**
 * The same order read from the other end: every direction flipped, and rows without a value (sorted
 * last) first. With the unique last key, page k from the end holds the same rows in reverse.
 */
export function reverseOrder(orderBy: readonly Order[]): Order[] {
  const flip = (value: unknown): unknown => {
    if (value === "asc") return "desc";
    if (value === "desc") return "asc";
    if (value && typeof value === "object") {
      return Object.fromEntries(
        Object.entries(value).map(([key, inner]) => [key, key === "nulls" ? (inner === "last" ? "first" : "last") : flip(inner)]),
      );
    }
    return value;
  };
  return orderBy.map((order) => flip(order) as Order);
}
