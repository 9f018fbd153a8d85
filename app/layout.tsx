import type { Metadata, Viewport } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "PPID Disperindag Provinsi NTT", template: "%s · PPID Disperindag NTT" },
  description:
    "Layanan informasi publik Dinas Perindustrian dan Perdagangan Provinsi Nusa Tenggara Timur sesuai UU 14/2008.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="id">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
