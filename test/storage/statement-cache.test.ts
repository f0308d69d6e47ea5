import BetterSqlite3 from "better-sqlite3";
import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { drizzleReusingStatements } from "../../src/storage/sqlite/statement-cache.js";

describe("drizzle over reused statements", () => {
  it("hands a statement drizzle turned to array rows back in object mode", () => {
    const db = drizzleReusingStatements(new BetterSqlite3(":memory:"));
    const query = sql.raw("select 1 as x, 'a' as y");
    expect(db.all(query)).toEqual([{ x: 1, y: "a" }]);
    expect(db.values(query)).toEqual([[1, "a"]]);
    expect(db.all(query)).toEqual([{ x: 1, y: "a" }]);
    expect(db.get(query)).toEqual({ x: 1, y: "a" });
  });

  it("keeps working past its bound, and inside transactions", () => {
    const sqlite = new BetterSqlite3(":memory:");
    const db = drizzleReusingStatements(sqlite);
    db.run(sql.raw("create table t (n integer)"));
    db.transaction((tx) => {
      for (let n = 0; n < 600; n++) tx.run(sql.raw(`insert into t (n) values (${n % 300})`));
    });
    for (let n = 0; n < 300; n++) {
      expect(db.get<{ c: number }>(sql.raw(`select count(*) as c from t where n = ${n}`))).toEqual({ c: 2 });
    }
    expect(() =>
      db.transaction(() => {
        db.run(sql.raw("insert into t (n) values (1000)"));
        throw new Error("rolled back");
      }),
    ).toThrow("rolled back");
    expect(db.get(sql.raw("select count(*) as c from t"))).toEqual({ c: 600 });
  });
});
