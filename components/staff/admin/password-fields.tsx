import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { MIN_PASSWORD_LENGTH } from "@/lib/users/password-policy";

/** New password twice; never pre-filled, never echoed back by the server. */
export function PasswordFields({ error }: { error: (field: string) => string[] | undefined }) {
  return (
    <>
      <Field
        id="password"
        label="Kata sandi"
        hint={`Minimal ${MIN_PASSWORD_LENGTH} karakter, tidak memuat nama pengguna, bukan deret atau kata sandi umum.`}
        error={error("password")}
        required
      >
        <input type="password" name="password" autoComplete="new-password" {...fieldAria("password", error("password"), true)} className={inputClass} />
      </Field>
      <Field id="passwordConfirm" label="Ulangi kata sandi" error={error("passwordConfirm")} required>
        <input
          type="password"
          name="passwordConfirm"
          autoComplete="new-password"
          {...fieldAria("passwordConfirm", error("passwordConfirm"))}
          className={inputClass}
        />
      </Field>
    </>
  );
}
