import { Alert, Button, Field, Heading, Input, Label, Paragraph, ValidationMessage } from "@digdir/designsystemet-react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useRef, useState, type FormEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../app/trpc";
import { ErrorAlert } from "../../shared/errors/error-alert";
import { fileToBase64 } from "../../shared/files/file-base64";
import { Loading } from "../../shared/ui/loading";
import { logoProblem, MAX_LOGO_KILOBYTES } from "./logo-problem";
import type { OrganisationDetail } from "./types";

/**
 * The organisation's logo for the title pages of its Word documents: what is there now, and
 * upload or remove. The server judges the file by its bytes; the size check here only spares
 * an upload it would refuse.
 */
export function LogoSection({ organisation }: { organisation: OrganisationDetail }) {
  const { t } = useTranslation(["admin", "common"]);
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const headingId = useId();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string>();
  const [notice, setNotice] = useState("");
  const logoOptions = trpc.organisations.logo.queryOptions({ organisationId: organisation.id });
  const logo = useQuery(logoOptions);
  const upload = useMutation(trpc.organisations.setLogo.mutationOptions());
  const remove = useMutation(trpc.organisations.removeLogo.mutationOptions());
  const refresh = () => queryClient.invalidateQueries({ queryKey: logoOptions.queryKey });

  const refuse = (message: string) => {
    setProblem(message);
    input.current?.focus();
  };
  const failed = async (error: unknown) => {
    const key = logoProblem(error);
    refuse(t(key, { maxKilobytes: MAX_LOGO_KILOBYTES }));
    // Someone else changed it: show the logo as it is now.
    if (key === "admin:logo.conflict") await refresh();
  };

  const send = async (event: FormEvent) => {
    event.preventDefault();
    setNotice("");
    if (!file) return refuse(t("logo.chooseFile"));
    if (file.size > MAX_LOGO_KILOBYTES * 1024) return refuse(t("logo.tooLarge", { maxKilobytes: MAX_LOGO_KILOBYTES }));
    setProblem(undefined);
    const version = logo.data?.version ?? 0;
    const saved = await upload.mutateAsync({ organisationId: organisation.id, version, fileBase64: await fileToBase64(file) }).catch(failed);
    if (!saved) return;
    setFile(null);
    if (input.current) input.current.value = "";
    setNotice(t("logo.uploaded"));
    await refresh();
  };

  const drop = async () => {
    if (!logo.data) return;
    setNotice("");
    setProblem(undefined);
    const removed = await remove.mutateAsync({ organisationId: organisation.id, version: logo.data.version }).catch(failed);
    if (!removed) return;
    setNotice(t("logo.removed"));
    await refresh();
  };

  return (
    <section aria-labelledby={headingId} className="stack">
      <Heading level={2} data-size="sm" id={headingId}>
        {t("logo.heading")}
      </Heading>
      <Paragraph>{t("logo.intro")}</Paragraph>
      <Paragraph role="status">{notice}</Paragraph>
      {logo.isPending && <Loading />}
      {logo.isError && <ErrorAlert error={logo.error} headingLevel={3} />}
      {logo.isSuccess && !logo.data && <Paragraph>{t("logo.none")}</Paragraph>}
      {logo.isSuccess && logo.data && (
        <figure className="admin-logo">
          <img src={`data:${logo.data.mimeType};base64,${logo.data.dataBase64}`} alt={t("logo.alt", { name: organisation.name })} />
          <figcaption>{t("logo.current")}</figcaption>
        </figure>
      )}
      <form className="stack" noValidate onSubmit={(event) => void send(event)}>
        <Field>
          <Label htmlFor={inputId}>{t("logo.file")}</Label>
          <Input
            ref={input}
            id={inputId}
            type="file"
            accept="image/png,image/jpeg"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${inputId}-error` : undefined}
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          {problem && <ValidationMessage id={`${inputId}-error`}>{problem}</ValidationMessage>}
        </Field>
        <div className="admin-buttons">
          <Button type="submit" loading={upload.isPending}>
            {logo.data ? t("logo.replace") : t("logo.upload")}
          </Button>
          {logo.data && (
            <Button type="button" variant="secondary" loading={remove.isPending} onClick={() => void drop()}>
              {t("logo.remove")}
            </Button>
          )}
        </div>
      </form>
      {problem && (
        <Alert data-color="danger" role="alert">
          <Paragraph>{problem}</Paragraph>
        </Alert>
      )}
    </section>
  );
}
