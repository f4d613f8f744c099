import { describe, expect, it } from "vitest";
import { documentFormat } from "./document-format.js";
import { programmeDocument } from "./programme-document.js";
import { HAMARREGIONEN, VIMMERBY } from "./programme.test-data.js";
import { testLogo } from "./logo.test-support.js";
import { assertWellFormed, headings, readDocx } from "./read-docx.test-support.js";
import { brokenWords } from "./word-layout.test-support.js";

const hamar = async () => readDocx(await programmeDocument(HAMARREGIONEN, documentFormat("nb")));
const FOCUS_AREAS = ["Befolkningsvekst", "Kompetanse og næringsutvikling", "Profilering og markedsføring", "Diskusjonsarena"];

describe("the action programme as a Word document", () => {
  it("lays out seed 004's table: the vision, then the four focus areas as columns with their sub-themes", async () => {
    const docx = await hamar();
    const table = docx.tables[0]!;
    expect(table.columns).toBe(4);
    const [vision, label, areas, body] = table.rows;
    expect(vision).toMatchObject({ header: true, cells: [{ span: 4, paragraphs: ["Innlandets foretrukne bo- og arbeidsregion"] }] });
    expect(label).toMatchObject({ header: true, cells: [{ span: 4, paragraphs: ["Satsingsområder"] }] });
    expect(areas?.header).toBe(true);
    expect(areas?.cells.map((cell) => cell.paragraphs.join())).toEqual(FOCUS_AREAS);
    expect(body?.header).toBe(false);
    expect(body?.cells.map((cell) => cell.paragraphs)).toEqual([
      ["Attraktivitet", "Inkluderende bo- og arbeidsregion", "Internasjonalt miljø", "Satsningsområde nord for Oslo", "Samferdsel"],
      ["Utvikling", "Arenaer og nettverk", "Eksisterende næringsliv", "Trippel Helix", "Kompetansetilførsel", "Internasjonalt arbeid"],
      ["Synliggjøring", "Identitet", "Tiltrekningskraft", "Kommunikasjon"],
      ["Samarbeid", "Felles mål", "Felles innsats", "Større region"],
    ]);
    // The sub-themes are a real list, which screen readers announce as one.
    expect(docx.documentXml).toMatch(/<w:tc>(?:(?!<\/w:tc>)[\s\S])*<w:numPr>[\s\S]*?Samferdsel/);
  });

  it("gives the navigation pane its outline: sections, goals and measures, and measures by name", async () => {
    const docx = await hamar();
    expect(headings(docx, "Title")).toEqual(["Handlingsprogram 2022–2023"]);
    expect(headings(docx, "Heading1")).toEqual(["Innledning", "Satsingsområder", ...FOCUS_AREAS, "Vedtak"]);
    // Areas without measures have no empty "Tiltak" heading.
    expect(headings(docx, "Heading2")).toEqual(["Mål", "Tiltak", "Tiltak"]);
    expect(headings(docx, "Heading3")).toEqual(["1.1 Regional ladestruktur", "4.1 Felles møter med LO og NHO"]);
    const styles = await docx.part("word/styles.xml");
    for (const [style, level] of [["Heading1", 0], ["Heading2", 1], ["Heading3", 2]] as const) {
      expect(styles).toMatch(new RegExp(`w:styleId="${style}">(?:(?!</w:style>).)*<w:outlineLvl w:val="${level}"/>`));
    }
  });

  it("writes the title page, the introduction with vision and goal, and the adoption decision", async () => {
    const { text, paragraphs } = await hamar();
    // No "made by" line on the pages: that is in the document's properties.
    expect(text).not.toContain("Laget i Samspill");
    expect(paragraphs.slice(0, 3).map((paragraph) => paragraph.text)).toEqual(["Handlingsprogram", "Handlingsprogram 2022–2023", "Hamarregionen IPR"]);
    expect(text).toContain("Hamarregionen IPR");
    expect(text).toContain("Periode: 01.01.2022–31.12.2023");
    expect(text).toContain("Status: Vedtatt (Versjon 1)");
    expect(text).toContain("Vedtatt av Hamarregionen IPR 10.03.2022, sak 12/22");
    expect(text).toContain("Visjon: Innlandets foretrukne bo- og arbeidsregion");
    expect(text).toContain("Bærekraft er viktig i Hamarregionen.");
    expect(text).toContain("Saksnummer: 12/22");
    expect(text).toContain("Møte: Rådsmøte mars 2022");
  });

  it("sets out a measure: who answers for it, when, its budget by source and year with totals, and the parts", async () => {
    const docx = await hamar();
    expect(docx.text).toContain("Type: Felles tiltak");
    expect(docx.text).toContain("Ansvarlig person: Daglig leder, Hamarregionen IPR");
    expect(docx.text).toContain("Tidsrom: 01.01.2022–31.12.2026");
    expect(docx.text).toContain("Bidrar til målet: Bedre samferdsel og en regional ladestruktur for fremtiden");
    expect(docx.text).toMatch(/Framdrift: 55\u00a0%/);
    const budget = docx.tables[1]!;
    const rows = budget.rows.map((row) => row.cells.map((cell) => cell.paragraphs.join("\n")));
    expect(rows[0]).toEqual(["Finansieringskilde", "2022", "2023", "Sum"]);
    expect(budget.rows[0]?.header).toBe(true);
    // nb writes a no-break space between the thousands and before "kr".
    const kr = (amount: string) => `${amount} kr`.replace(/ /g, "\u00a0");
    expect(rows.slice(1)).toEqual([
      ["Regionrådets midler", kr("250 000"), kr("250 000"), kr("500 000")],
      ["Fylkets partnerskapsmidler", kr("400 000"), kr("400 000"), kr("800 000")],
      ["Kommunal egenandel", kr("300 000"), "–", kr("300 000")],
      ["Sum", kr("950 000"), kr("650 000"), kr("1 600 000")],
    ]);
    const parts = docx.tables[2]!.rows.map((row) => row.cells.map((cell) => cell.paragraphs.join()));
    expect(parts[0]).toEqual(["Kommune", "Kommunens del", "Kontaktperson", "Status", "Framdrift", "Budsjettandel"]);
    expect(parts[2]).toEqual(["Stange kommune", "Ladepunkter ved Stange stasjon.", "Ola Nordmann", "Forsinket", "45\u00a0%", kr("400 000")]);
    expect(docx.text).toContain("Det er ikke satt opp budsjett for tiltaket.");
    // The measure runs to 2026: that year stays out of the 2022–2023 table, summed in a line below it.
    expect(docx.text).toContain(`Utenfor programperioden er det budsjettert ${kr("100 000")} i 2026.`);
  });

  it("says the goals in the plural only when a measure serves several", async () => {
    const two = { ...HAMARREGIONEN.focusAreas[0]!.measures[0]!, goals: ["Tilflytting", "Samferdsel"] };
    const data = { ...HAMARREGIONEN, focusAreas: [{ ...HAMARREGIONEN.focusAreas[0]!, measures: [two] }] };
    const docx = await readDocx(await programmeDocument(data, documentFormat("nb")));
    expect(docx.text).toContain("Bidrar til målene: Tilflytting; Samferdsel");
  });

  it("leaves people's names out when the reader may not see them", async () => {
    const anonymous = {
      ...HAMARREGIONEN,
      focusAreas: HAMARREGIONEN.focusAreas.map((area) => ({
        ...area,
        measures: area.measures.map((m) => ({ ...m, responsiblePerson: null, parts: m.parts.map((p) => ({ ...p, contactName: null })) })),
      })),
    };
    const docx = await readDocx(await programmeDocument(anonymous, documentFormat("nb")));
    expect(docx.text).not.toContain("Ola Nordmann");
    expect(docx.text).not.toContain("Daglig leder, Hamarregionen IPR");
    expect(docx.tables[2]?.rows[0]?.cells.map((cell) => cell.paragraphs.join())).not.toContain("Kontaktperson");
  });

  it("writes a Swedish programme in Swedish: handlingsplan, åtgärd, kommun, kommunfullmäktige and SEK", async () => {
    const docx = await readDocx(await programmeDocument(VIMMERBY, documentFormat("sv")));
    expect(docx.paragraphs[0]?.text).toBe("Handlingsplan");
    expect(headings(docx, "Heading1")).toEqual([
      "Inledning", "Insatsområden", "Främja företagsamhet på lika villkor", "Kompetens- och arbetsmarknadsförsörjning",
      "Aktiv och meningsfull fritid i ett samhällsbyggande och inkluderande perspektiv", "Väl fungerande infrastruktur", "Beslut",
    ]);
    expect(headings(docx, "Heading2")).toContain("Åtgärder");
    expect(docx.text).toContain("Typ: Lokal åtgärd i Vimmerby kommun");
    // One word for the case number throughout: diarienummer, on the title page and in the decision.
    expect(docx.text).toContain("Antagen av Kommunfullmäktige 2017-06-19, diarienummer KS 2017/112");
    expect(docx.text).toContain("Diarienummer: KS 2017/112");
    expect(docx.text).not.toMatch(/ärende|Inga åtgärder/);
    expect(docx.text).toContain("Ansvarig organisation: Vimmerby kommun");
    // The areas have neither headings nor sub-themes: the overview has no row of empty cells.
    expect(docx.tables[0]?.rows.map((row) => row.header)).toEqual([true, true, true]);
    expect(docx.text).toContain("Insatsområdena\n");
    expect(docx.text).not.toContain("delområden");
    expect(docx.text).toMatch(/450\u00a0000\s?kr/);
    expect(docx.text).not.toMatch(/NOK|Tiltak|Handlingsprogram/);
    expect(await docx.part("word/styles.xml")).toContain('<w:lang w:val="sv-SE"/>');
  });

  it("names a draft as a draft", async () => {
    const docx = await readDocx(await programmeDocument({ ...HAMARREGIONEN, status: "draft", adoption: null }, documentFormat("nb")));
    expect(docx.text).toContain("Ikke vedtatt ennå");
    expect(docx.text).toContain("Handlingsprogrammet er ikke vedtatt ennå; dokumentet er et utkast.");
  });
});

describe("a document to send as it is", () => {
  it("numbers every page after the title page and names the council and the programme at the top", async () => {
    const docx = await hamar();
    expect(docx.documentXml).toContain("<w:titlePg/>");
    const rels = await docx.part("word/_rels/document.xml.rels");
    const part = (type: "header" | "footer", kind: "default" | "first") => {
      const id = new RegExp(`<w:${type}Reference w:type="${kind}" r:id="(\\w+)"`).exec(docx.documentXml)?.[1];
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)?.[1];
      return docx.part(`word/${target}`);
    };
    const footer = await part("footer", "default");
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*</);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*</);
    expect(footer).toContain(">Side <");
    const header = await part("header", "default");
    expect(header).toContain(">Hamarregionen IPR<");
    expect(header).toContain("Handlingsprogram 2022–2023<");
    // The title page has neither.
    expect(await part("footer", "first")).not.toContain("PAGE");
    expect(await part("header", "first")).not.toContain("Hamarregionen");
  });

  it("has a table of contents Word updates, written with its entries and page numbers", async () => {
    const docx = await hamar();
    expect(docx.documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot; \\t &quot;Heading 3,2&quot;/);
    const entries = docx.paragraphs.filter((paragraph) => paragraph.style === "TOC1" || paragraph.style === "TOC2").map((paragraph) => paragraph.text);
    // Each entry is the heading, a tab and its page (the reader here leaves the tab out).
    expect(entries[0]).toBe("Innledning3");
    // A measure's entry carries its number, as its heading does.
    expect(entries).toContainEqual(expect.stringMatching(/^1\.1 Regional ladestruktur\d+$/));
    expect(entries.map((entry) => entry.replace(/\d+$/, ""))).toEqual([
      "Innledning", "Satsingsområder", "Befolkningsvekst", "1.1 Regional ladestruktur", "Kompetanse og næringsutvikling",
      "Profilering og markedsføring", "Diskusjonsarena", "4.1 Felles møter med LO og NHO", "Vedtak",
    ]);
  });

  it("keeps every heading with what follows it", async () => {
    for (const docx of [await hamar(), await readDocx(await programmeDocument(VIMMERBY, documentFormat("sv")))]) {
      const headingParagraphs = [...docx.documentXml.matchAll(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:pStyle w:val="Heading\d"\/>(?:(?!<\/w:p>)[\s\S])*?<\/w:p>/g)];
      expect(headingParagraphs.length).toBeGreaterThan(5);
      for (const [xml] of headingParagraphs) expect(xml).toContain("<w:keepNext/>");
    }
  });

  it("sizes every table's columns so no word breaks across lines", async () => {
    for (const docx of [await hamar(), await readDocx(await programmeDocument(VIMMERBY, documentFormat("sv")))]) {
      expect(docx.tables.length).toBeGreaterThan(1);
      for (const table of docx.tables) expect(brokenWords(table)).toEqual([]);
    }
    // The parts table's header words, which once broke as "Kontaktpers|on" and "Framdri|ft", among them.
    const parts = (await hamar()).tables[2]!;
    expect(parts.rows[0]?.cells.map((cell) => cell.paragraphs.join())).toContain("Kontaktperson");
  });

  it("puts the council's logo on the title page, and no empty box without one", async () => {
    const withLogo = await readDocx(await programmeDocument({ ...HAMARREGIONEN, council: { name: "Hamarregionen IPR", logo: testLogo() } }, documentFormat("nb")));
    expect(withLogo.files.some((file) => /^word\/media\/.+\.png$/.test(file))).toBe(true);
    const drawing = withLogo.documentXml.indexOf("<w:drawing>");
    expect(drawing).toBeGreaterThan(-1);
    expect(drawing).toBeLessThan(withLogo.documentXml.indexOf("Handlingsprogram 2022–2023"));
    expect(withLogo.documentXml).toContain('descr="Logoen til Hamarregionen IPR"');
    const without = await hamar();
    expect(without.documentXml).not.toContain("<w:drawing>");
    expect(without.files.some((file) => file.startsWith("word/media/"))).toBe(false);
  });
});

describe("the Word package", () => {
  it("is well-formed, consistent and says who made it, in which language", async () => {
    const docx = await hamar();
    for (const name of docx.files.filter((file) => /\.(xml|rels)$/.test(file))) assertWellFormed(await docx.part(name), name);
    const types = await docx.part("[Content_Types].xml");
    for (const part of ["/word/document.xml", "/word/styles.xml", "/word/numbering.xml", "/docProps/core.xml"]) {
      expect(types).toContain(`PartName="${part}"`);
      expect(docx.files).toContain(part.slice(1));
    }
    // Every style a paragraph names is defined, or Word falls back silently and the outline breaks.
    const styles = await docx.part("word/styles.xml");
    for (const style of new Set(docx.documentXml.match(/(?<=<w:pStyle w:val=")[^"]+/g))) {
      expect(styles).toContain(`w:styleId="${style}"`);
    }
    const numbering = await docx.part("word/numbering.xml");
    for (const id of new Set(docx.documentXml.match(/(?<=<w:numId w:val=")\d+/g))) expect(numbering).toContain(`w:numId="${id}"`);
    expect(styles).toContain('<w:lang w:val="nb-NO"/>');
    const core = await docx.part("docProps/core.xml");
    expect(core).toContain("<dc:title>Handlingsprogram 2022–2023</dc:title>");
    expect(core).toContain("<dc:creator>Samspill</dc:creator>");
    expect(core).toContain("Laget i Samspill 24.11.2026");
    // No key left untranslated: i18next answers a missing text with its key.
    expect(docx.text).not.toMatch(/documents:|domain:|measures:|\b(programme|measure|budget|parts|adoption)\.\w+/);
  });
});

describe("the well-formedness check", () => {
  it.each(["<a><b></a>", "<a>x & y</a>", "<a/><b/>", '<a x=1/>', "<a>1 < 2</a>"])("refuses %s", (xml) => {
    expect(() => assertWellFormed(xml)).toThrow();
  });

  it("accepts a declaration, attributes, entities and self-closing tags", () => {
    expect(() => assertWellFormed('<?xml version="1.0"?><w:a x="1"><w:b/>&amp;&#160;</w:a>')).not.toThrow();
  });
});
