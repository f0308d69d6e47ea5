import { describe, expect, it } from "vitest";
import { toYaml } from "../../../src/adapters/slack/to-yaml.js";

describe("toYaml", () => {
  it("writes nested mappings and sequences with every string double-quoted", () => {
    const yaml = toYaml({
      name: "gigdesk",
      enabled: true,
      count: 3,
      scopes: ["chat:write", "commands"],
      commands: [{ command: "/faq", hint: 'say "hi": yes # no' }],
      empty: [],
      nested: { inner: { deep: "x" } },
    });
    expect(yaml).toBe(
      [
        'name: "gigdesk"',
        "enabled: true",
        "count: 3",
        "scopes:",
        '  - "chat:write"',
        '  - "commands"',
        "commands:",
        '  - command: "/faq"',
        '    hint: "say \\"hi\\": yes # no"',
        "empty: []",
        "nested:",
        "  inner:",
        '    deep: "x"',
        "",
      ].join("\n"),
    );
  });

  it("cannot be broken by newlines or YAML keywords in values", () => {
    expect(toYaml({ a: "line1\nline2", b: "no", c: "null" })).toBe(
      'a: "line1\\nline2"\nb: "no"\nc: "null"\n',
    );
  });
});
