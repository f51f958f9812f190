/** Saves text as a file through `<a download>` and a blob URL (works in the plugin iframe). */
export function downloadFile(filename: string, content: string, mediaType: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const a = doc.createElement("a");
  a.href = url;
  a.download = filename;
  a.style.display = "none";
  doc.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
