import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { exclusiveCheckCommand } from "../../../commands/exclusive-check.js";
import { commands } from "../../../commands/index.js";
import { runCommand } from "../../../src/command-kit/run-command.js";
import type { Reply } from "../../../src/core/reply.js";
import type { ExclusiveCheckData } from "../../../src/core/rules/exclusive-check/exclusive-check-data.js";
import {
  expectNoSeriousAxeViolations,
  launchChromium,
  openPage as openBrowserPage,
  screenshotBothWidths,
} from "../../support/browser.js";
import { openTestBot } from "../../support/test-bot.js";
import { type SeenRequest, serveCalculator } from "./serve-calculator.js";

let server: Awaited<ReturnType<typeof serveCalculator>>;
let browser: Browser;
let testBot: ReturnType<typeof openTestBot>;

beforeAll(async () => {
  server = await serveCalculator();
  testBot = openTestBot({ publicUrl: server.baseUrl });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  testBot?.close();
});

/** /exclusive-check run the way every adapter runs it, on the real services with PUBLIC_URL set. */
async function runExclusiveCheck(
  input: Record<string, unknown>,
): Promise<Reply<ExclusiveCheckData & { calculator_url?: string }>> {
  const actor = {
    platform: "console" as const,
    spaceId: "console",
    communityId: "console",
    userId: "ana",
    displayName: "ana",
    isModerator: false,
  };
  const ctx = { actor, services: testBot.bot.forCommunity("console"), commands, now: new Date() };
  return (await runCommand(exclusiveCheckCommand, input, ctx)) as Reply<
    ExclusiveCheckData & { calculator_url?: string }
  >;
}

/** A page that fails the test on any console error or uncaught exception (CSP refusals included). */
async function openPage(width: number): Promise<{ page: Page; errors: string[] }> {
  return openBrowserPage(browser, width);
}

async function tableRows(page: Page): Promise<string[][]> {
  return page.$$eval("#projection-table tbody tr", (rows) =>
    rows.map((row) => [...row.children].map((cell) => cell.textContent ?? "")),
  );
}

function expectSameFigures(rows: string[][], data: ExclusiveCheckData): void {
  expect(rows).toHaveLength(data.months.length);
  rows.forEach((cells, index) => {
    const month = data.months[index];
    expect(Number(cells[0])).toBe(month?.month);
    expect(cells[1]).toBe(month?.calendar_month);
    expect(Number((cells[2] ?? "").replace(/[$,]/g, ""))).toBe(month?.earnings_12m);
    expect(cells.slice(3)).toEqual([
      month?.in_contract ? "yes" : "no",
      month?.top_rated ? "yes" : "no",
      month?.top_rated_plus ? "yes" : "no",
      month?.jss_exists ? "shown" : "gone",
    ]);
  });
}

const calculatorFiles = [
  "/calculator/exclusive-check",
  "/calculator/exclusive-check.js",
  "/calculator/exclusive-check.css",
  "/calculator/exclusive-check-icon.svg",
];

function pathOf(request: SeenRequest): string {
  return new URL(request.url).pathname;
}

/** Anything but a plain GET of one of the calculator's own files (no query, no body). */
function requestsThatCouldCarryFigures(requests: SeenRequest[]): SeenRequest[] {
  return requests.filter(
    (request) =>
      request.method !== "GET" ||
      new URL(request.url).search !== "" ||
      request.body !== "" ||
      !calculatorFiles.includes(pathOf(request)),
  );
}

const issueInput = {
  months: 12,
  rate: 30,
  hours: 40,
  earnings: 4000,
  jss: 96,
  status: "top_rated",
  other_clients: 2,
  last_other_job_months: 20,
};

describe("the exclusive-contract calculator in a real browser", () => {
  it("opens /exclusive-check's link already filled in and shows the command's figures, chart and table", async () => {
    const reply = await runExclusiveCheck(issueInput);
    expect(reply.kind).toBe("message");
    const link = reply.data.calculator_url ?? "";
    expect(link.startsWith(`${server.baseUrl}/calculator/exclusive-check#`)).toBe(true);
    expect(reply.body).toContain(`(${link})`);
    const seenBefore = server.seen.length;

    const { page, errors } = await openPage(1280);
    await page.goto(link);
    await page.waitForSelector("#projection-table");
    expectSameFigures(await tableRows(page), reply.data);
    expect(await page.textContent("#result-heading")).toBe(reply.title);
    expect(await page.inputValue("#option-rate")).toBe("30");
    // The chart: titled and described for screen readers, the contract span, both status lines,
    // one point a month and the month the JSS disappears.
    const chart = page.locator("svg.projection-chart");
    expect(await chart.getAttribute("role")).toBe("img");
    expect(await chart.locator("title").textContent()).toMatch(/Top Rated Plus/);
    expect(await chart.locator("desc").textContent()).toContain(
      `disappears in month ${reply.data.jss_vanishes_month}`,
    );
    expect(await chart.locator("rect.contract").count()).toBe(1);
    expect(await chart.locator("line.top-rated").count()).toBe(1);
    expect(await chart.locator("line.top-rated-plus").count()).toBe(1);
    expect(await chart.locator("circle").count()).toBe(reply.data.months.length);
    expect(await chart.locator("text.jss-gone").textContent()).toContain(
      `month ${reply.data.jss_vanishes_month}`,
    );

    await expectNoSeriousAxeViolations(page);
    await screenshotBothWidths(page, "calculator");
    await expectNoSeriousAxeViolations(page);
    expect(errors).toEqual([]);

    // The server saw the page and its files, and nothing that carries a figure.
    const requests = server.seen.slice(seenBefore);
    expect(new Set(requests.map(pathOf))).toEqual(new Set(calculatorFiles));
    expect(requestsThatCouldCarryFigures(requests)).toEqual([]);
    await page.close();
  });

  it("computes a typed-in contract in the browser, the same as the command, without sending it", async () => {
    const input = { months: 6, monthly: 3000, split: "quarterly", earnings: 12000, category: "writing" };
    const reply = await runExclusiveCheck(input);
    const { page, errors } = await openPage(390);
    await page.goto(`${server.baseUrl}/calculator/exclusive-check`);
    const seenAfterLoad = server.seen.length;
    await page.fill("#option-months", "6");
    await page.fill("#option-monthly", "3000");
    await page.selectOption("#option-split", "quarterly");
    await page.fill("#option-earnings", "12000");
    await page.selectOption("#option-category", "writing");
    await page.click("button[type=submit]");
    await page.waitForSelector("#projection-table");
    expectSameFigures(await tableRows(page), reply.data);
    // The figures went into the fragment, which the server never receives.
    const url = new URL(page.url());
    expect(url.pathname).toBe("/calculator/exclusive-check");
    expect(url.search).toBe("");
    expect(new URLSearchParams(url.hash.slice(1)).get("monthly")).toBe("3000");
    await page.waitForTimeout(200);
    expect(requestsThatCouldCarryFigures(server.seen.slice(seenAfterLoad))).toEqual([]);
    expect(server.seen.some((request) => request.url.includes("3000") || request.body.includes("3000"))).toBe(
      false,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it("refuses a contradiction with the command's own words and marks nothing as computed", async () => {
    const reply = await runExclusiveCheck({ months: 12, rate: 30, earnings: 4000 });
    expect(reply.kind).toBe("problem");
    const { page, errors } = await openPage(1280);
    await page.goto(`${server.baseUrl}/calculator/exclusive-check#months=12&rate=30&earnings=4000`);
    const alert = page.locator("[role=alert]");
    await alert.waitFor();
    const firstLine = reply.body.split("\n")[0]?.replaceAll("`", "") ?? "";
    expect(await alert.textContent()).toBe(firstLine);
    expect(await page.locator("#projection-table").count()).toBe(0);

    await page.goto(`${server.baseUrl}/calculator/exclusive-check#months=99&monthly=3000`);
    await page.waitForSelector("#option-months[aria-invalid=true]");
    expect(await alert.textContent()).toContain("`months`".replaceAll("`", ""));
    expect(errors).toEqual([]);
    await page.close();
  });
});
