/**
 * Copies text from inside a click handler: a hidden textarea + `document.execCommand("copy")`
 * (`navigator.clipboard` is blocked in Figma's plugin iframe). Returns whether the browser copied.
 */
export function copyText(text: string, doc: Document = document): boolean {
  const area = doc.createElement("textarea");
  area.value = text;
  area.setAttribute("readonly", "");
  area.className = "copy-buffer";
  area.setAttribute("data-copy-buffer", "");
  doc.body.appendChild(area);
  const active = doc.activeElement as HTMLElement | null;
  area.select();
  let ok = false;
  try {
    ok = doc.execCommand("copy");
  } catch {
    ok = false;
  }
  area.remove();
  active?.focus?.();
  return ok;
}
