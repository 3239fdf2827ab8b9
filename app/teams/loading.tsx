export { LoadingStatus as default } from "@/components/ui/loading-status";
