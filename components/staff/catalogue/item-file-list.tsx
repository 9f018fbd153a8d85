"use client";
import { ConfirmActionButton } from "@/components/forms/confirm-action-button";
import { removeDipItemFileAction } from "@/lib/catalogue/actions";

type ItemFile = { id: string; originalName: string; size: number };

/** The item's documents for staff: every file opens through the staff route (exempt ones too). */
export function ItemFileList({ itemId, files, canManage }: { itemId: string; files: ItemFile[]; canManage: boolean }) {
  if (files.length === 0) return <p className="mt-3 text-sm text-slate-600">Belum ada berkas.</p>;
  return (
    <ul className="mt-3 space-y-2 text-sm">
      {files.map((file) => (
        <li key={file.id} className="flex flex-wrap items-center gap-3">
          <a href={`/staf/berkas/${file.id}`}>{file.originalName}</a>
          <span className="text-slate-600">{Math.max(1, Math.round(file.size / 1024)).toLocaleString("id-ID")} KB</span>
          {canManage && (
            <ConfirmActionButton
              action={removeDipItemFileAction.bind(null, itemId, file.id)}
              label="Hapus"
              accessibleLabel={`Hapus berkas ${file.originalName}`}
              confirmText={`Hapus berkas "${file.originalName}" dari item ini? Berkas tidak dapat dikembalikan.`}
            />
          )}
        </li>
      ))}
    </ul>
  );
}
