import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Power-of-attorney and evidence uploads travel through server actions.
  experimental: { serverActions: { bodySizeLimit: "25mb" } },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs"],
  poweredByHeader: false,
};

export default nextConfig;
