import { ProbabilityText } from "@/components/forecast/probability-text";
import type { ScaleId } from "@/lib/estimative";
import { formatDayTime } from "@/lib/format/dates";
import { linkify } from "@/lib/format/linkify";
import { CommentActions } from "./comment-actions";
import { CommentForm } from "./comment-form";

export interface CommentView {
  id: string;
  authorId: string;
  authorName: string;
  at: string;
  body: string;
  replyTo: string | null;
  editedAt: string | null;
  /** The commenter's standing probability of the baseline, when the reader may see it. */
  standing: number | null;
  mayEdit: boolean;
}

function Body({ text }: { text: string }) {
  return (
    <p className="whitespace-pre-wrap break-words">
      {linkify(text).map((part, i) =>
        part.kind === "link" ? (
          <a key={i} href={part.href} rel="noopener noreferrer nofollow" target="_blank" className="underline">
            {part.text}
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </p>
  );
}

function Comment({ comment, forecastId, baselineLabel, scale, isReply }: { comment: CommentView; forecastId: string; baselineLabel: string; scale: ScaleId; isReply: boolean }) {
  return (
    <article className="rounded border border-line bg-white p-3" data-testid="comment" aria-label={`Comment by ${comment.authorName}`}>
      <p className="text-sm">
        <span className="font-semibold">{comment.authorName}</span> · {formatDayTime(comment.at)}
        {comment.editedAt && <span className="text-muted"> · edited</span>}
        {comment.standing !== null && (
          <span className="ml-2" data-testid="commenter-standing">
            stands at <ProbabilityText value={comment.standing} scale={scale} /> on {baselineLabel}
          </span>
        )}
      </p>
      <Body text={comment.body} />
      <CommentActions forecastId={forecastId} commentId={comment.id} body={comment.body} mayReply={!isReply} mayEdit={comment.mayEdit} />
    </article>
  );
}

/** SPEC §2's comments: threaded one level, each beside its author's standing prediction of the baseline. */
export function Discussion({ forecastId, comments, baselineLabel, scale }: { forecastId: string; comments: CommentView[]; baselineLabel: string; scale: ScaleId }) {
  const topLevel = comments.filter((c) => c.replyTo === null);
  return (
    <div className="flex flex-col gap-3">
      {topLevel.length === 0 && <p className="text-muted">No comments yet.</p>}
      <ol className="flex flex-col gap-3">
        {topLevel.map((c) => (
          <li key={c.id}>
            <Comment comment={c} forecastId={forecastId} baselineLabel={baselineLabel} scale={scale} isReply={false} />
            {comments.some((r) => r.replyTo === c.id) && (
              <ol className="ml-6 mt-2 flex flex-col gap-2 border-l-2 border-line pl-3" aria-label={`Replies to ${c.authorName}`}>
                {comments
                  .filter((r) => r.replyTo === c.id)
                  .map((r) => (
                    <li key={r.id}>
                      <Comment comment={r} forecastId={forecastId} baselineLabel={baselineLabel} scale={scale} isReply />
                    </li>
                  ))}
              </ol>
            )}
          </li>
        ))}
      </ol>
      <CommentForm forecastId={forecastId} label="Add a comment" submitLabel="Post comment" />
    </div>
  );
}
