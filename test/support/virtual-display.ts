import { execFileSync, spawn } from 'node:child_process';

export interface VirtualDisplay {
  /** `:<n>`, for DISPLAY. */
  readonly display: string;
  /** Presses keys as a person would (XTEST), into the window that has the focus. */
  press(chord: string): void;
  /** Gives the keyboard focus to the newest visible window of this X class (no window manager runs). */
  focusWindowOf(windowClass: string): void;
  close(): void;
}

/**
 * An Xvfb display for tests that need real input from outside the browser, such as extension
 * keyboard shortcuts, which the browser takes only from the window system (never from DevTools input).
 * Xvfb picks a free display number itself and tells it on a pipe (`-displayfd`).
 */
export async function startVirtualDisplay(): Promise<VirtualDisplay> {
  const xvfb = spawn('Xvfb', ['-displayfd', '1', '-screen', '0', '1280x800x24', '-nolisten', 'tcp'], {
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  const number = await new Promise<string>((resolve, reject) => {
    let out = '';
    xvfb.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (out.includes('\n')) resolve(out.trim());
    });
    xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
    setTimeout(() => reject(new Error('Xvfb did not report a display')), 10_000);
  });
  const display = `:${number}`;
  const xdotool = (args: string[]): string => execFileSync('xdotool', args, { env: { ...process.env, DISPLAY: display } }).toString();
  return {
    display,
    press: (chord) => void xdotool(['key', chord]),
    focusWindowOf(windowClass) {
      const windows = xdotool(['search', '--onlyvisible', '--class', windowClass]).trim().split('\n').filter(Boolean);
      const newest = windows.at(-1);
      if (!newest) throw new Error(`no visible ${windowClass} window`);
      xdotool(['windowfocus', '--sync', newest]);
    },
    close: () => void xvfb.kill(),
  };
}
