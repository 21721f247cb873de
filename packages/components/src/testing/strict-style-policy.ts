import { beforeAll } from "vitest";

/**
 * Serves the test page under `style-src 'self'` (many university sites do, issue 18: no inline
 * style attributes) from before the first test, and collects the policy's violation reports.
 * Returns the list they land in and a wait for them: the browser fires the reports as a task
 * after the violation.
 */
export function useStrictStylePolicy(): {
  readonly violations: SecurityPolicyViolationEvent[];
  readonly reportsArrive: () => Promise<unknown>;
} {
  const violations: SecurityPolicyViolationEvent[] = [];
  beforeAll(() => {
    document.addEventListener("securitypolicyviolation", (event) => violations.push(event));
    const policy = document.createElement("meta");
    policy.httpEquiv = "Content-Security-Policy";
    policy.content = "style-src 'self'";
    document.head.append(policy);
  });
  return { violations, reportsArrive: () => new Promise((resolve) => setTimeout(resolve, 50)) };
}
