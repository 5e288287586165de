export function copyStack(from: string, to: string, filter?: (source: string) => boolean): string;
