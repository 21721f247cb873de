/** Offers text as a file download (an `.ics`), as a user action's result. */
export function downloadText(fileName: string, text: string, mimeType: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mimeType }));
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.rel = "noopener";
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Revoke after the click has been handled; browsers start the download synchronously.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
