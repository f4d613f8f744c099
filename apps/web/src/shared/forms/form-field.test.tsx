import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FormField } from "./form-field";

const noop = () => undefined;

/** The attributes of the element with this id. */
function attributes(html: string, id: string): string {
  const tag = new RegExp(`<(input|textarea|select)[^>]*\\bid="${id}"[^>]*>`).exec(html);
  if (!tag) throw new Error(`no control ${id} in ${html}`);
  return tag[0];
}

describe("FormField", () => {
  it("labels the control and leaves a valid one undescribed", () => {
    const html = renderToStaticMarkup(<FormField id="m-title" label="Tittel" value="x" onChange={noop} required />);
    expect(html).toContain('<label');
    expect(html).toContain('for="m-title"');
    const control = attributes(html, "m-title");
    expect(control).not.toContain("aria-invalid");
    expect(control).not.toContain("aria-describedby");
    expect(control).toContain("required");
  });

  it("ties the error and the description to the control, and marks it invalid", () => {
    const html = renderToStaticMarkup(
      <FormField id="m-code" label="Kode" value="" onChange={noop} error="Kode må fylles ut." description="Fire sifre, som 3403." />,
    );
    const control = attributes(html, "m-code");
    expect(control).toContain('aria-invalid="true"');
    expect(control).toContain('aria-describedby="m-code-error m-code-description"');
    expect(html).toMatch(/id="m-code-error"[^>]*>Kode må fylles ut\./);
    expect(html).toMatch(/id="m-code-description"[^>]*>Fire sifre, som 3403\./);
    // Not left to <ds-field> as well, which would add the same ids a second time.
    expect(html).not.toContain('data-field="validation"');
  });

  it("marks a field invalid whose message is at another field", () => {
    const control = attributes(renderToStaticMarkup(<FormField id="p" label="Passord" kind="password" value="" onChange={noop} invalid />), "p");
    expect(control).toContain('aria-invalid="true"');
    expect(control).toContain('type="password"');
    expect(control).not.toContain("aria-describedby");
  });

  it("renders a textarea, a select with its options, and a number with its limits", () => {
    expect(attributes(renderToStaticMarkup(<FormField id="d" label="Beskrivelse" kind="textarea" value="" onChange={noop} error="For lang." />), "d"))
      .toContain('aria-describedby="d-error"');
    const select = renderToStaticMarkup(
      <FormField id="s" label="Status" kind="select" value="b" onChange={noop}><option value="a">A</option><option value="b">B</option></FormField>,
    );
    expect(select).toMatch(/<select[^>]*id="s"/);
    expect(select).toContain("<option");
    const number = attributes(renderToStaticMarkup(<FormField id="n" label="Framdrift" kind="number" value="5" onChange={noop} min={0} max={100} />), "n");
    expect(number).toContain('min="0"');
    expect(number).toContain('max="100"');
    expect(number).toContain('inputMode="numeric"');
  });

  it("is marked for the focus when its panel opens", () => {
    expect(attributes(renderToStaticMarkup(<FormField id="t" label="Tittel" value="" onChange={noop} autoFocus />), "t")).toContain("data-autofocus");
  });
});
