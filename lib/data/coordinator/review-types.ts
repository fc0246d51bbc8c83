import type { AssessmentStatus } from "@/lib/generated/prisma/client";

export type ReviewCommentView = {
  id: string;
  sectionId: string | null;
  itemId: string | null;
  body: string;
  authorName: string;
  createdAt: Date;
};

export type StatusEventView = {
  id: string;
  fromStatus: AssessmentStatus | null;
  toStatus: AssessmentStatus;
  actorName: string;
  reason: string | null;
  createdAt: Date;
};
