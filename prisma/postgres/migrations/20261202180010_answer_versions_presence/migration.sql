-- AlterTable
ALTER TABLE "Answer" ADD COLUMN     "version" INTEGER NOT NULL DEFAULT 1;

-- CreateTable
CREATE TABLE "AssessmentPresence" (
    "assessmentId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "seenAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AssessmentPresence_pkey" PRIMARY KEY ("assessmentId","userId")
);

-- CreateIndex
CREATE INDEX "AssessmentPresence_assessmentId_seenAt_idx" ON "AssessmentPresence"("assessmentId", "seenAt");

-- AddForeignKey
ALTER TABLE "AssessmentPresence" ADD CONSTRAINT "AssessmentPresence_assessmentId_fkey" FOREIGN KEY ("assessmentId") REFERENCES "Assessment"("id") ON DELETE CASCADE ON UPDATE CASCADE;
