import { router } from "../../trpc/init.js";
import { addComment } from "./add-comment.js";
import { deleteComment } from "./delete-comment.js";
import { editComment } from "./edit-comment.js";
import { listComments } from "./list-comments.js";

export const commentsRouter = router({ list: listComments, add: addComment, edit: editComment, delete: deleteComment });
