/**
 * What the console prints must not drive the terminal: FAQ text and quoted member text could carry
 * escape sequences (ESC [ … that move the cursor, recolour, retitle the window). Control
 * characters other than tab and line feed are dropped; the console's own bold is added after.
 */
export function terminalSafeText(text: string): string {
  // Every control character (Unicode category Cc: C0, DEL, C1) except tab and line feed.
  return text.replace(/[^\P{Cc}\t\n]/gu, "");
}
