"use client";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/masuk" })}
      className="rounded border border-white/40 px-2 py-1 text-xs hover:bg-white/10"
    >
      Keluar
    </button>
  );
}
