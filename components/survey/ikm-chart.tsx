"use client";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { formatNrr } from "@/lib/survey/ikm-format";

/** NRR per unsur as bars. Fixed size and no animation, so it prints crisply in the PDF report. */
export function IkmChart({ data }: { data: { code: string; nrr: number }[] }) {
  return (
    <figure aria-label="Grafik nilai rata-rata per unsur" className="overflow-x-auto">
      <BarChart width={640} height={240} data={data} margin={{ top: 20, right: 10, bottom: 5, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="code" />
        <YAxis domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} />
        <Bar dataKey="nrr" fill="#1d4ed8" isAnimationActive={false}>
          <LabelList dataKey="nrr" position="top" formatter={(v: unknown) => formatNrr(Number(v))} />
        </Bar>
      </BarChart>
    </figure>
  );
}
