import { Alert, Button, Heading, Paragraph } from "@digdir/designsystemet-react";
import { CreateCommentInputSchema } from "@samspill/domain";
import { formatDateTime } from "@samspill/i18n";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { checkBeforeSending, FormField, formProblemOf, useFieldMessages, type FieldProblems } from "../../shared/forms";
import { useLanguage } from "../../shared/language/use-language";
import { ASKED_ANEW } from "../../shared/query/asked-anew";
import { Loading } from "../../shared/ui/loading";

interface CommentsSectionProps {
  subjectType: "measure" | "measure_part" | "status_report";
  subjectId: string;
  /** Whether the server would take a comment from this user; the form shows only then. */
  canAdd: boolean;
}

/** Working notes on a measure, oldest first, and a form to add one. */
export function CommentsSection({ subjectType, subjectId, canAdd }: CommentsSectionProps) {
  const { t } = useTranslation("measures");
  const { language } = useLanguage();
  const headingId = useId();
  const fieldId = useId();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const input = { subjectType, subjectId };
  const comments = useQuery({ ...trpc.comments.list.queryOptions(input), ...ASKED_ANEW });
  const add = useMutation(trpc.comments.add.mutationOptions());
  const [body, setBody] = useState("");
  const [added, setAdded] = useState(false);
  const [checked, setChecked] = useState<FieldProblems>({});

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (add.isPending) return;
    setAdded(false);
    add.reset();
    const found = checkBeforeSending(CreateCommentInputSchema, { ...input, body }, { body }, ["body"]);
    setChecked(found);
    if (found.body) return;
    try {
      await add.mutateAsync({ ...input, body });
      setBody("");
      setAdded(true);
      await queryClient.invalidateQueries({ queryKey: trpc.comments.list.queryKey(input) });
    } catch {
      // Shown from add.error below.
    }
  }

  const problem = add.error ? formProblemOf(add.error) : null;
  const messages = useFieldMessages({ labels: { body: t("comments.label") } }, { ...(problem?.fields ?? {}), ...checked });
  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("comments.heading")}
      </Heading>
      {comments.isPending && <Loading />}
      {comments.isError && <ErrorAlert error={comments.error} headingLevel={3} />}
      {comments.isSuccess && comments.data.items.length === 0 && <Paragraph>{t("comments.empty")}</Paragraph>}
      {comments.isSuccess && comments.data.items.length > 0 && (
        <ol className="comment-list">
          {comments.data.items.map((comment) => (
            <li key={comment.id} className="comment">
              <Paragraph data-size="sm" className="meta">
                {t("comments.by", { name: comment.authorName ?? "", date: formatDateTime(comment.createdAt, language) })}
              </Paragraph>
              <Paragraph>{comment.body}</Paragraph>
            </li>
          ))}
        </ol>
      )}
      {canAdd && (
        <form className="stack" noValidate onSubmit={submit}>
          {problem && problem.code !== "INVALID_INPUT" && <ErrorAlert error={add.error} headingLevel={3} />}
          <FormField
            id={fieldId}
            label={t("comments.label")}
            kind="textarea"
            value={body}
            onChange={setBody}
            error={messages.body}
          />
          <div>
            <Button type="submit" aria-disabled={add.isPending || undefined}>
              {t("comments.submit")}
            </Button>
          </div>
          {added && (
            <Alert data-color="success" role="status">
              <Paragraph>{t("comments.added")}</Paragraph>
            </Alert>
          )}
        </form>
      )}
    </section>
  );
}
