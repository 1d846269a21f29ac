import { describe, expect, it } from "vitest";
import { citeLabels } from "./cite-labels";

describe("citeLabels", () => {
  it("gives papers by one first author in one year distinct letters, in id order, and leaves the rest alone", () => {
    const labels = citeLabels([
      { id: "dean-2021-cochrane-glutamate", firstAuthor: "Dean RL", year: 2021 },
      { id: "dean-2021-cochrane-bipolar", firstAuthor: "Dean RL", year: 2021 },
      { id: "dean-2017-other", firstAuthor: "Dean RL", year: 2017 },
      { id: "fu-2020", firstAuthor: "Fu DJ", year: 2020 },
    ]);
    expect(labels.get("dean-2021-cochrane-bipolar")).toBe("Dean RL 2021a");
    expect(labels.get("dean-2021-cochrane-glutamate")).toBe("Dean RL 2021b");
    expect(labels.get("dean-2017-other")).toBe("Dean RL 2017");
    expect(labels.get("fu-2020")).toBe("Fu DJ 2020");
  });
});
