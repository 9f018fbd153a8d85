import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // Power-of-attorney and evidence uploads travel through server actions.
  // The upload limit is an admin setting of at most 200 MB (lib/files/upload-settings.ts); the request
  // body may carry that file plus the form fields.
  experimental: { serverActions: { bodySizeLimit: "210mb" } },
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "bcryptjs", "playwright-core"],
  poweredByHeader: false,
};

export default nextConfig;
