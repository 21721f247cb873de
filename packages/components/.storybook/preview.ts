import type { Preview } from "@storybook/web-components-vite";

const preview: Preview = {
  parameters: {
    // Stories run as tests with axe: a violation fails the test, not just the panel.
    a11y: { test: "error" },
    layout: "padded",
  },
};

export default preview;
