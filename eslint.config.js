// ESLint for the whole monorepo (`npm run lint`, run by `npm test`). Formatting is Prettier's
// (eslint-config-prettier turns off the rules it owns); this file keeps the rules that catch
// mistakes: TypeScript's recommended set, Lit's and web components' rules for the elements, and
// import cycles, which the house forbids (a cycle, type-only too, hides an ordering bug until a
// bundler reorders modules).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import importX from "eslint-plugin-import-x";
import lit from "eslint-plugin-lit";
import wc from "eslint-plugin-wc";
import globals from "globals";
import tseslint from "typescript-eslint";

// Absolute, so that `eslint .` run from a package's folder (its turbo `lint` task) finds them too.
const root = import.meta.dirname;

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/node_modules/**",
      "**/storybook-static/**",
      "**/test-results/**",
      "**/.reports/**",
      "**/.turbo/**",
      ".ci/.tools/**",
      "**/*.generated.ts",
      "apps/docs/site/**",
      "**/schema/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    settings: {
      "import-x/resolver-next": [
        createTypeScriptImportResolver({
          project: [`${root}/packages/*/tsconfig.json`, `${root}/apps/*/tsconfig.json`],
          noWarnOnMultipleProjects: true,
        }),
      ],
    },
    rules: {
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      // `_name` marks a parameter kept for its position in a callback's signature.
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" },
      ],
      // The XML, iCalendar and JSON writers match control characters on purpose: they are
      // what those formats forbid or must escape.
      "no-control-regex": "off",
    },
  },
  {
    // Tests reach into values on purpose (a wrong type fed to a parser, a payload read back).
    files: ["**/*.test.ts", "**/*-test-kit.ts", "**/test/**", "**/testing/**", "**/e2e/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  {
    files: ["packages/components/src/**/*.ts"],
    ...lit.configs["flat/recommended"],
  },
  {
    files: ["packages/components/src/**/*.ts"],
    ...wc.configs["flat/best-practice"],
  },
  prettier,
);
