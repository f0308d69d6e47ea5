/// <reference lib="dom" />
const svgNamespace = "http://www.w3.org/2000/svg";

/** An SVG element with attributes; text goes in as a text node, never as markup. */
export function svg(
  doc: Document,
  name: string,
  attributes: Record<string, string | number>,
  text?: string,
): SVGElement {
  const element = doc.createElementNS(svgNamespace, name) as SVGElement;
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  if (text !== undefined) element.textContent = text;
  return element;
}
