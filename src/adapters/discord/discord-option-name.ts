/**
 * Discord option names must be lower case (`^[-_a-z0-9]{1,32}$` for the ASCII we use), while
 * schema fields are camelCase: `hoursWorked` is shown as `hours_worked` and mapped back on input.
 */
export function discordOptionName(fieldName: string): string {
  return fieldName
    .replace(/([a-z0-9])([A-Z])/g, "$1_$2")
    .toLowerCase()
    .slice(0, 32);
}
