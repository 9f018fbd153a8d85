import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Power-of-attorney and evidence uploads travel through server actions.
  experimental: { serverActions: { bodySizeLimit: "25mb" } },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "playwright-core"],
  poweredByHeader: false,
};

export default nextConfig;
