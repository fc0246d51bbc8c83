import { AssessmentStatus, Region, Role } from "@/lib/generated/prisma/enums";

/*
 * The value lists of the enums of prisma/schema.prisma, derived from the generated client, never retyped:
 * a value added to the schema reaches every filter, form and schema that lists them. In schema order.
 */
export const ASSESSMENT_STATUSES = Object.values(AssessmentStatus);
export const REGIONS = Object.values(Region);
export const ROLES = Object.values(Role);

export type { AssessmentStatus, Region, Role };
