"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/**
 * The chart draws only in the browser (recharts measures its container), so the server skips it
 * and the page arrives sooner; a busy forecast's chart then builds its rows on the reader's machine.
 */
export const TimelineChartLazy = dynamic(() => import("./timeline-chart").then((m) => m.TimelineChart), {
  ssr: false,
  loading: () => <LoadingStatus />,
});
