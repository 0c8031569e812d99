/** Saves a Blob as a file through the browser's download prompt. Browser only. */

/**
 * How long the object URL outlives the click. Revoking it in the same task cancels the download in
 * Firefox (https://bugzilla.mozilla.org/show_bug.cgi?id=1282407); FileSaver.js waits 40 s too
 * (https://github.com/eligrey/FileSaver.js/issues/811).
 */
const REVOKE_AFTER_MS = 40_000;

/**
 * Offers `blob` as a download named `filename`, through an object URL and a temporary
 * `<a download>`.
 *
 * @example downloadBlob(new Blob(['a,b'], { type: 'text/csv' }), 'statements.csv')
 */
export function downloadBlob(blob: Blob, filename: string): void {
	const url = URL.createObjectURL(blob);
	const link = document.createElement('a');
	link.href = url;
	link.download = filename;
	link.hidden = true;
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}
