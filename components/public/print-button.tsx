"use client";
import { Button } from "@/components/ui/button";

export function PrintButton({ label = "Cetak / simpan sebagai PDF" }: { label?: string }) {
  return (
    <Button variant="secondary" className="no-print" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
