/**
 * What is wrong with a queue wiring: a queue without a processor, a queue no role consumes, or a
 * queue two roles consume (two processors racing for its jobs). Empty when every queue has one.
 */
export function queueWiringProblems(queues: readonly string[], processors: readonly string[], roleQueues: Record<string, readonly string[]>): string[] {
  const consumed = Object.values(roleQueues).flat();
  const missing = queues.filter((q) => !processors.includes(q));
  const unassigned = queues.filter((q) => !consumed.includes(q));
  const twice = [...new Set(consumed.filter((q, i) => consumed.indexOf(q) !== i))];
  return [
    ...missing.map((q) => `${q} has no processor`),
    ...unassigned.map((q) => `${q} is consumed by no role`),
    ...twice.map((q) => `${q} is consumed by two roles`),
  ];
}
