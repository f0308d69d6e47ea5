/**
 * DATABASE_URL as it may appear in a log or an error: the password replaced by `***`. A value that
 * does not parse as a URL is not echoed at all, since it may hold a password in a form we miss.
 */
export function redactDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password !== "") parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(DATABASE_URL, not shown: it does not parse as a URL)";
  }
}
