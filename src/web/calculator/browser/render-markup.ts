/// <reference lib="dom" />
/**
 * The reply's small markup (**bold**, `code`, [text](url), "- " items, ``` blocks) as DOM nodes.
 * Everything goes in through textContent, so no text can become markup; links keep http(s) only.
 */
export function renderMarkup(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  const lines = text.split("\n");
  let list: HTMLUListElement | null = null;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] ?? "";
    if (line.startsWith("```")) {
      const block: string[] = [];
      while (index + 1 < lines.length && !(lines[index + 1] ?? "").startsWith("```"))
        block.push(lines[++index] ?? "");
      index++;
      const pre = doc.createElement("pre");
      pre.textContent = block.join("\n");
      // It scrolls sideways on a narrow screen, so the keyboard must be able to reach it.
      pre.tabIndex = 0;
      fragment.append(pre);
      list = null;
    } else if (line.startsWith("- ")) {
      if (!list) {
        list = doc.createElement("ul");
        fragment.append(list);
      }
      const item = doc.createElement("li");
      item.append(inline(doc, line.slice(2)));
      list.append(item);
    } else if (line.trim() !== "") {
      const paragraph = doc.createElement("p");
      paragraph.append(inline(doc, line));
      fragment.append(paragraph);
      list = null;
    }
  }
  return fragment;
}

const inlinePattern = /\*\*([^*]+)\*\*|`([^`]+)`|\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)|_\(([^)]+)\)_/g;

function inline(doc: Document, text: string): DocumentFragment {
  const fragment = doc.createDocumentFragment();
  let last = 0;
  for (const match of text.matchAll(inlinePattern)) {
    fragment.append(text.slice(last, match.index));
    const [, bold, code, linkText, href, aside] = match;
    if (bold !== undefined) fragment.append(element(doc, "strong", bold));
    else if (code !== undefined) fragment.append(element(doc, "code", code));
    else if (linkText !== undefined && href !== undefined) {
      const link = element(doc, "a", linkText);
      link.setAttribute("href", href);
      link.setAttribute("rel", "noopener noreferrer");
      fragment.append(link);
    } else if (aside !== undefined) fragment.append(element(doc, "em", `(${aside})`));
    last = (match.index ?? 0) + match[0].length;
  }
  fragment.append(text.slice(last));
  return fragment;
}

function element(doc: Document, name: string, text: string): HTMLElement {
  const node = doc.createElement(name);
  node.textContent = text;
  return node;
}
