import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import type { StorybookConfig } from "@storybook/web-components-vite";

// Addons and the framework are resolved to absolute paths, which Storybook needs in a
// workspace where packages may be hoisted to the root node_modules.
const resolvePackage = (name: string) => dirname(fileURLToPath(import.meta.resolve(`${name}/package.json`)));

const config: StorybookConfig = {
  stories: ["../src/**/*.stories.ts"],
  addons: [resolvePackage("@storybook/addon-a11y"), resolvePackage("@storybook/addon-vitest")],
  framework: { name: resolvePackage("@storybook/web-components-vite"), options: {} },
  core: { disableTelemetry: true },
};

export default config;
