import { getFormatter } from "next-intl/server";

export type CommentListEntry = { id: string; body: string; authorName: string; createdAt: Date };

/** Coordinator comments, shown beside the item or section they concern (review page and respondent pages). */
export async function ReviewCommentList({ comments, label }: { comments: readonly CommentListEntry[]; label: string }) {
  if (comments.length === 0) return null;
  const format = await getFormatter();
  return (
    <aside aria-label={label} className="mt-2 space-y-2" data-testid="review-comments">
      {comments.map((comment) => (
        <div key={comment.id} className="rounded-md border-l-4 border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950">
          <p className="whitespace-pre-line">{comment.body}</p>
          <p className="mt-1 text-xs text-amber-800">
            {comment.authorName} · {format.dateTime(comment.createdAt, { dateStyle: "medium", timeStyle: "short" })}
          </p>
        </div>
      ))}
    </aside>
  );
}
