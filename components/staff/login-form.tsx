"use client";
import { useState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { z } from "zod";
import { LOGIN_THROTTLED, loginSchema } from "@/lib/auth/schema";
import { Field, fieldAria, inputClass } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function LoginForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [failure, setFailure] = useState<string | null>(null);
  const { register, handleSubmit, formState } = useForm<z.infer<typeof loginSchema>>({
    resolver: zodResolver(loginSchema),
  });
  const errors = formState.errors;

  const onSubmit = handleSubmit(async (values) => {
    setFailure(null);
    const result = await signIn("credentials", { ...values, redirect: false });
    if (!result || result.error) {
      setFailure(
        result?.error === LOGIN_THROTTLED
          ? "Terlalu banyak percobaan masuk untuk akun atau jaringan ini. Tunggu 15 menit, lalu coba lagi; hubungi administrator bila lupa kata sandi."
          : "Nama pengguna atau kata sandi salah, atau akun tidak aktif.",
      );
      return;
    }
    router.push(callbackUrl);
    router.refresh();
  });

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <FormMessage message={failure} />
      <Field id="username" label="Nama pengguna" error={errors.username?.message} required>
        <input {...register("username")} {...fieldAria("username", errors.username?.message)} autoComplete="username" className={inputClass} />
      </Field>
      <Field id="password" label="Kata sandi" error={errors.password?.message} required>
        <input
          type="password"
          {...register("password")}
          {...fieldAria("password", errors.password?.message)}
          autoComplete="current-password"
          className={inputClass}
        />
      </Field>
      <Button type="submit" disabled={formState.isSubmitting} className="w-full">
        {formState.isSubmitting ? "Memproses…" : "Masuk"}
      </Button>
    </form>
  );
}
