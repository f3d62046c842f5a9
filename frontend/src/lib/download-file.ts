/** Saves a downloaded body under the name its Content-Disposition gives (else `fallback`). */
export function saveDownload(body: Blob, response: Response, fallback: string): void {
  const disposition = response.headers.get('Content-Disposition') ?? '';
  const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallback;
  const url = URL.createObjectURL(body);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}
