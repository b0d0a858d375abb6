/** ANSI styling that turns itself off: colours only on a terminal and never with NO_COLOR. */
export interface Style {
  red(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  green(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

const COLORS: Style = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  green: wrap(32, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
};

const identity = (text: string) => text;
const PLAIN: Style = {
  red: identity,
  yellow: identity,
  cyan: identity,
  green: identity,
  dim: identity,
  bold: identity,
};

/** https://no-color.org: any non-empty NO_COLOR turns colours off. */
export function useColor(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  return isTTY && !env.NO_COLOR;
}

export function styleFor(color: boolean): Style {
  return color ? COLORS : PLAIN;
}
