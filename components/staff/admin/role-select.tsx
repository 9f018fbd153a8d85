import { ALL_ROLES, ROLE_LABELS, type Role } from "@/lib/auth/roles";
import { fieldAria, inputClass } from "@/components/ui/field";

// `key`: React applies a <select>'s defaultValue only when it mounts, and a form action resets the
// form to those defaults; remounting on the echoed value keeps the officer's choice after a refusal.
export function RoleSelect({ id, defaultValue, error }: { id: string; defaultValue?: Role | string; error?: string[] }) {
  return (
    <select key={defaultValue ?? ""} name="role" defaultValue={defaultValue ?? ""} {...fieldAria(id, error)} className={inputClass}>
      <option value="" disabled>
        — pilih peran —
      </option>
      {ALL_ROLES.map((role) => (
        <option key={role} value={role}>
          {ROLE_LABELS[role]}
        </option>
      ))}
    </select>
  );
}
