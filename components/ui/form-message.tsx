/** Form-level message (success or refusal) announced to screen readers. */
export function FormMessage({ ok, message }: { ok?: boolean; message?: string | null }) {
  if (!message) return null;
  return (
    <div
      role={ok ? "status" : "alert"}
      className={`rounded-md border p-3 text-sm ${ok ? "border-green-300 bg-green-50 text-green-900" : "border-red-300 bg-red-50 text-red-900"}`}
    >
      {message}
    </div>
  );
}
