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

describe("writeCsv streaming", () => {
  it("writes the header for an empty table, and every row of a long one in order", async () => {
    expect((await read(writeCsv({ name: "t", headers: ["A"], rows: [] }, { bom: false }))).toString("utf8")).toBe("A\r\n");
    const rows = Array.from({ length: 1001 }, (_, i) => [`row ${i}`, i]);
    const parsed = parse((await read(writeCsv({ name: "t", headers: ["A", "B"], rows }, { bom: true }))).toString("utf8"), { columns: true, bom: true }) as Record<string, string>[];
    expect(parsed.length).toBe(1001);
    expect(parsed[1000]).toEqual({ A: "row 1000", B: "1000" });
  });

  it("reads rows only as the download takes them (a slow reader holds one chunk, not the file)", async () => {
    let produced = 0;
    const rows = (async function* () {
      for (let i = 0; i < 100_000; i++) {
        produced++;
        yield [`row ${i}`];
      }
    })();
    const reader = writeCsv({ name: "t", headers: ["A"], rows }, { bom: false }).getReader();
    await reader.read();
    await reader.read();
    await new Promise((r) => setTimeout(r, 50));
    expect(produced).toBeLessThanOrEqual(1_000);
    await reader.cancel();
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
