import { describe, expect, it } from "vitest";
import { readEnv } from "./env";

describe("readEnv", () => {
  it("gives every default when nothing is set", () => {
    expect(readEnv({})).toEqual({
      PGLITE_DIR: ".data/pglite",
      EVIDENCE_DATA_DIR: "data/sources",
      PORT: 3000,
      DB_CONNECT_TIMEOUT_MS: 2000,
      DB_QUERY_TIMEOUT_MS: 4000,
      EXPORT_RATE_LIMIT: 30,
    });
  });

  it("treats an empty DATABASE_URL as unset", () => {
    expect(readEnv({ DATABASE_URL: "" }).DATABASE_URL).toBeUndefined();
  });

  it("explains what is wrong with a bad value", () => {
    expect(() => readEnv({ DATABASE_URL: "mysql://x", PORT: "http" })).toThrow(/DATABASE_URL must be a postgres:\/\/[\s\S]*PORT/);
  });
});
