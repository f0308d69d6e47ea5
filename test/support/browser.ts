import { mkdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { expect } from "vitest";

/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (CI installs it with
 * apt), pages that collect every console error, the axe-core check, and screenshots for a person.
 */
export const chromiumPath = "/usr/bin/chromium";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
}

/** A page that records every console error, uncaught exception (CSP refusals included) and dialog. */
export async function openPage(
  browser: Browser,
  width: number,
): Promise<{ page: Page; errors: string[]; dialogs: string[] }> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on("console", (entry) => {
    if (entry.type() === "error") errors.push(entry.text());
  });
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  return { page, errors, dialogs };
}

/** axe-core finds no serious or critical violation on the page as it is now. */
export async function expectNoSeriousAxeViolations(page: Page): Promise<void> {
  // Evaluated through the debugging protocol, which the page's CSP does not govern.
  await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run(): Promise<{ violations: { id: string; impact: string | null }[] }> };
      }
    ).axe;
    return (await axe.run()).violations.map((violation) => ({ id: violation.id, impact: violation.impact }));
  });
  expect(
    violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical"),
  ).toEqual([]);
}

/** Full-page screenshots at 1280 and 390 px wide under test-results/ (git-ignored), for people. */
export async function screenshotBothWidths(page: Page, name: string): Promise<void> {
  mkdirSync("test-results", { recursive: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join("test-results", `${name}-1280.png`), fullPage: true });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: join("test-results", `${name}-390.png`), fullPage: true });
}
