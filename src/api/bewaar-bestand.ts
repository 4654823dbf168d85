/** Saves a file the app holds (a fetched export, a table as CSV) under its name, through a temporary object URL. */
export function bewaarBestand(blob: Blob, naam: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = naam;
  a.click();
  // Revoked once the click has handed the file to the browser; a second is ample and costs nothing.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
