import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeCsv } from "./write-csv";
import { writeXlsx } from "./write-xlsx";

const read = async (stream: ReadableStream<Uint8Array>) => Buffer.from(await new Response(stream).arrayBuffer());

const hostile = [
  ["=HYPERLINK(\"http://evil\")", -3.8, "line one\nline two, with \"quotes\""],
  ["@SUM(A1)", 12, "+cmd|' /C calc'!A0"],
  ["-1+1", null, { text: "37224232", hyperlink: "https://pubmed.ncbi.nlm.nih.gov/37224232/" }],
] as const;

describe("writeCsv", () => {
  it("writes RFC 4180 CSV that a parser reads back, with formulas neutralised", async () => {
    const body = (await read(writeCsv({ name: "t", headers: ["A", "B", "C"], rows: hostile.map((r) => [...r]) }, { bom: false }))).toString("utf8");
    expect(body.startsWith("A,B,C\r\n")).toBe(true);
    const rows = parse(body, { columns: true }) as Record<string, string>[];
    expect(rows).toEqual([
      { A: "'=HYPERLINK(\"http://evil\")", B: "-3.8", C: "line one\nline two, with \"quotes\"" },
      { A: "'@SUM(A1)", B: "12", C: "'+cmd|' /C calc'!A0" },
      { A: "'-1+1", B: "", C: "37224232" },
    ]);
  });

  it("adds a UTF-8 byte-order mark only when asked", async () => {
    const table = () => ({ name: "t", headers: ["Statement"], rows: [["Åsberg"]] });
    expect((await read(writeCsv(table(), { bom: true }))).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect((await read(writeCsv(table(), { bom: false }))).toString("utf8")).toBe("Statement\r\nÅsberg\r\n");
  });
});

describe("writeXlsx", () => {
  it("writes typed cells, hyperlinks, a frozen filterable header and an About sheet", async () => {
    const buffer = await read(
      writeXlsx([() => ({ name: "Claims", headers: ["A", "B", "C"], widths: [20, 8, 30], rows: hostile.map((r) => [...r]) })], [["Dataset version", "2026-11-26.abc"]]),
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(buffer as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual(["Claims", "About this export"]);
    const sheet = book.getWorksheet("Claims")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.getCell("B2").value).toBe(-3.8);
    expect(sheet.getCell("A2").value).toBe("=HYPERLINK(\"http://evil\")"); // stored as text, not a formula
    expect(sheet.getCell("A2").type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell("C4").value).toEqual({ text: "37224232", hyperlink: "https://pubmed.ncbi.nlm.nih.gov/37224232/" });
    expect(book.getWorksheet("About this export")!.getCell("B2").value).toBe("2026-11-26.abc");
  });
});
