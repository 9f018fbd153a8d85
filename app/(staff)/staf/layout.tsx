import { requireStaff } from "@/lib/auth/guard";
import { StaffNav } from "@/components/staff/staff-nav";
import { ROLE_LABELS } from "@/lib/auth/roles";
import { SignOutButton } from "@/components/staff/sign-out-button";

export const dynamic = "force-dynamic";

// The layout loads the session for the shell only; every page and action still runs its own guard.
export default async function StaffLayout({ children }: { children: React.ReactNode }) {
  const user = await requireStaff();
  return (
    <div className="min-h-screen">
      <header className="no-print border-b border-slate-200 bg-brand-800 text-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-between gap-2 px-4 py-2">
          <span className="font-semibold">PPID Disperindag NTT · Area Staf</span>
          <span className="flex items-center gap-3 text-sm">
            <span>
              {user.name} <span className="text-brand-100">({ROLE_LABELS[user.role]})</span>
            </span>
            <SignOutButton />
          </span>
        </div>
      </header>
      <div className="mx-auto flex max-w-7xl flex-col gap-4 px-4 py-4 lg:flex-row">
        <StaffNav role={user.role} />
        <main className="min-w-0 flex-1">{children}</main>
      </div>
    </div>
  );
}
