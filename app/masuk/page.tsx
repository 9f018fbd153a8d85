import { LoginForm } from "@/components/staff/login-form";
import { firstParam, type SearchParams } from "@/lib/http/search-params";

export const metadata = { title: "Masuk petugas" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const callbackUrl = firstParam((await searchParams).callbackUrl);
  // Only same-site paths: never bounce a freshly logged-in officer to another host.
  const target = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : "/staf";
  return (
    <main className="mx-auto flex min-h-screen max-w-md flex-col justify-center px-4 py-8">
      <h1 className="mb-1 text-2xl font-bold">Masuk petugas PPID</h1>
      <p className="mb-6 text-sm text-slate-600">Khusus petugas Disperindag Provinsi NTT. Warga tidak perlu masuk.</p>
      <LoginForm callbackUrl={target} />
    </main>
  );
}
