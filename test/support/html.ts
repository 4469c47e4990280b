// Telegram HTML as the renderer writes it: <b>, <i>, <pre> (bar charts) and <a href="…"> tags, and
// every other <, > and & escaped as an entity (Telegram rejects the message
// otherwise, and an unescaped user string could inject markup).

const RENDERER_TAG = /<\/?(?:b|i|pre)>|<a href="[^"<>]*">|<\/a>/g;
const ENTITY = /&(?:lt|gt|amp|quot|#\d+|#x[\da-f]+);/gi;

/** The raw <, > and & (with what follows them) that are neither a renderer tag nor an entity. */
export function strayMarkup(html: string): string[] {
  return (
    html
      .replace(RENDERER_TAG, "")
      .replace(ENTITY, "")
      .match(/[<>&][^<>&]{0,20}/g) ?? []
  );
}
