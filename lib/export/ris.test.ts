import { describe, expect, it } from "vitest";
import { unwrapRis } from "./ris";

describe("unwrapRis", () => {
  it("joins the wrapped lines of a field and splits a page range into SP and EP", () => {
    const wrapped = ["TY  - JOUR", "TI  - Efficacy and Safety of Flexibly Dosed Esketamine Nasal Spray Combined ", "With a Newly Initiated Oral Antidepressant in Treatment-Resistant Depr", "ession: A Randomized Study", "SP  - 428-438", "VL  - 176", "ER  - "].join("\n");
    const lines = unwrapRis(wrapped).split("\r\n");
    expect(lines).toContain("TI  - Efficacy and Safety of Flexibly Dosed Esketamine Nasal Spray Combined With a Newly Initiated Oral Antidepressant in Treatment-Resistant Depression: A Randomized Study");
    expect(lines).toEqual(expect.arrayContaining(["SP  - 428", "EP  - 438", "VL  - 176", "ER  - "]));
    expect(unwrapRis("TY  - JOUR\nTI  - Ends exactly at the wrap\n\nER  - ").split("\r\n")).toEqual(["TY  - JOUR", "TI  - Ends exactly at the wrap", "ER  - ", ""]);
  });
});
