import type { Config } from "tailwindcss";

// Colours echo the NTT provincial palette; contrast checked for WCAG AA on white.
const config: Config = {
  content: ["./app/**/*.{ts,tsx}", "./components/**/*.{ts,tsx}"],
  theme: {
    extend: {
      colors: {
        brand: { 50: "#eef6ff", 100: "#d9ebff", 600: "#1d5fa8", 700: "#174c87", 800: "#123a68" },
        accent: { 500: "#c8801b", 600: "#a86812" },
      },
      fontFamily: {
        sans: ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Arial", "sans-serif"],
      },
    },
  },
};

export default config;
