import type { FileFilter } from '../../shared/ipc/contract';
import { createBrowserBackups } from './browser-backups';
import type { OpenedFile, Platform } from './platform';

function acceptAttribute(filters: FileFilter[]): string {
  return filters.flatMap((f) => f.extensions.map((e) => `.${e}`)).join(',');
}

/** The web build: saving is a download, opening is a file picker, printing is the browser's. */
export function createBrowserPlatform(doc: Document = document): Platform {
  return {
    kind: 'browser',
    async saveFile(file) {
      const blob = new Blob([file.bytes.slice().buffer], { type: 'application/octet-stream' });
      const url = URL.createObjectURL(blob);
      const anchor = doc.createElement('a');
      anchor.href = url;
      anchor.download = file.suggestedName;
      anchor.style.display = 'none';
      doc.body.append(anchor);
      anchor.click();
      anchor.remove();
      // Revoke after the click has been handled, or some browsers cancel the download.
      setTimeout(() => URL.revokeObjectURL(url), 0);
      return { saved: true, fileName: file.suggestedName };
    },
    openFile(request) {
      return new Promise<OpenedFile | null>((resolve, reject) => {
        const input = doc.createElement('input');
        input.type = 'file';
        input.accept = acceptAttribute(request.filters);
        input.style.display = 'none';
        input.setAttribute('aria-label', request.title);
        input.addEventListener('cancel', () => {
          input.remove();
          resolve(null);
        });
        input.addEventListener('change', () => {
          const file = input.files?.[0];
          input.remove();
          if (file === undefined) return resolve(null);
          file
            .arrayBuffer()
            .then((buffer) => resolve({ name: file.name, bytes: new Uint8Array(buffer) }), reject);
        });
        doc.body.append(input);
        input.click();
      });
    },
    async printJourney() {
      window.print();
    },
    // A browser page is never handed files by the operating system: they come through Open project file… only.
    async takeOpenedFiles() {
      return { files: [], problems: [] };
    },
    onMenuCommand() {
      return () => undefined;
    },
    backups: createBrowserBackups(),
  };
}
