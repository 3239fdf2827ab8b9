"use client";
import dynamic from "next/dynamic";
import { LoadingStatus } from "@/components/ui/loading-status";

/** The charts measure their container, so they draw in the browser only; the tables carry the same figures for everyone. */
export const ReliabilityChartLazy = dynamic(() => import("./reliability-chart").then((m) => m.ReliabilityChart), { ssr: false, loading: () => <LoadingStatus /> });
export const SharpnessChartLazy = dynamic(() => import("./bar-charts").then((m) => m.SharpnessChart), { ssr: false, loading: () => <LoadingStatus /> });
export const TrendChartLazy = dynamic(() => import("./bar-charts").then((m) => m.TrendChart), { ssr: false, loading: () => <LoadingStatus /> });
