import { Paragraph } from "@digdir/designsystemet-react";

/** Text written by an organisation, one paragraph per blank-line-separated block. */
export function TextBlocks({ text, lang }: { text: string; lang?: string }) {
  const blocks = text
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "");
  return (
    <div className="text-blocks" lang={lang}>
      {blocks.map((block, index) => (
        <Paragraph key={index}>{block}</Paragraph>
      ))}
    </div>
  );
}
