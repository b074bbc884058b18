import { execFileSync } from 'node:child_process';

/** Resident memory of the Chromium renderer processes this test worker started (the page and its workers live there). */
function rendererMb(): number {
  const table = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], {
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  const rows = table
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null);
  const parent = new Map(rows.map((m) => [Number(m[1]), Number(m[2])]));
  const ours = (pid: number) => {
    for (let p = parent.get(pid); p !== undefined && p > 1; p = parent.get(p))
      if (p === process.pid) return true;
    return false;
  };
  return (
    rows
      .filter((m) => m[4].includes('--type=renderer') && ours(Number(m[1])))
      .reduce((sum, m) => sum + Number(m[3]), 0) / 1024
  );
}

/** Runs the work while sampling renderer memory every 200 ms, and gives its peak. */
export async function peakRendererMemory<T>(work: () => Promise<T>): Promise<{ result: T; peakMb: number }> {
  let peakMb = rendererMb();
  const timer = setInterval(() => {
    peakMb = Math.max(peakMb, rendererMb());
  }, 200);
  try {
    const result = await work();
    return { result, peakMb: Math.max(peakMb, rendererMb()) };
  } finally {
    clearInterval(timer);
  }
}
