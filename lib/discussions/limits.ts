// The discussion's limits, for its schemas and for the browser's forms, which load the schemas (and zod)
// only when they check what was typed.
/** The longest comment. */
export const COMMENT_MAX_LENGTH = 4000;
/** How long after posting a comment its author may still edit it; then it stays as written. */
export const COMMENT_EDIT_MINUTES = 15;
/** Comments per page of a thread (oldest first). */
export const DISCUSSION_PAGE_SIZE = 25;

/** The draft key of a submission's comment box. */
export const commentDraftKey = (submissionId: string) => `discussion.comment.${submissionId}`;
