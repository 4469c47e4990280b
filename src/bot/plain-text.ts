// Telegram HTML → plain text, where markup cannot go (inline result titles and
// descriptions, the terminal): bold and italics dropped, links shown with their
// address, entities decoded.

const ENTITIES: Record<string, string> = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&amp;": "&" };

export function htmlToPlainText(html: string): string {
  return html
    .replace(/<a href="([^"]*)">([\s\S]*?)<\/a>/g, "$2 ($1)")
    .replace(/<\/?(b|i|u|s|code|pre|strong|em)>/g, "")
    .replace(/&(lt|gt|quot|amp);/g, (entity) => ENTITIES[entity] as string);
}
