/**
 * Runs one workbook's audit in a worker thread with a heap limit. Reading is bounded by the
 * limits in read.ts, but recomputing runs the file's own formulas, and no check on the text
 * can bound what HyperFormula builds for all of them (=SEQUENCE(A1,B1) with A1 = 10^6,
 * B1 = 1,000 took 4.2 GB and killed the process after 14 s). In a worker that ends as one
 * clear line and exit 2, and the other files on the command line are still audited.
 *
 * From the TypeScript sources (ts-node, Jest) there is no compiled worker to start, so the
 * audit runs in the calling thread; the compiled CLI (bin/subsidy.js) always isolates.
 */
import { existsSync } from 'fs';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { auditWorkbook, AuditInputError, type AuditOptions, type AuditPhase, type AuditResult } from './audit';

/**
 * The worker's heap: twice the 1 GiB the benchmark budgets for a 100,000-row claim (which
 * peaks near 520 MiB RSS), so real claims far larger than that still fit.
 */
export const DEFAULT_MAX_MEMORY_MIB = 2048;

export interface WorkerRequest {
  file: string;
}

export type WorkerReply =
  | { kind: 'progress'; done: number; total: number; phase: AuditPhase }
  | { kind: 'result'; result: AuditResult }
  | { kind: 'error'; input: boolean; message: string };

export interface IsolatedOptions extends Pick<AuditOptions, 'onProgress'> {
  maxMemoryMiB?: number;
}

const WORKER = join(__dirname, 'worker.js');

export function auditIsolated(file: string, options: IsolatedOptions = {}): Promise<AuditResult> {
  if (!__filename.endsWith('.js') || !existsSync(WORKER)) return auditWorkbook(file, { onProgress: options.onProgress });
  const limit = options.maxMemoryMiB ?? DEFAULT_MAX_MEMORY_MIB;
  return new Promise<AuditResult>((resolve, reject) => {
    const request: WorkerRequest = { file };
    const worker = new Worker(WORKER, { workerData: request, resourceLimits: { maxOldGenerationSizeMb: limit } });
    let settled = false;
    const settle = (action: () => void) => {
      if (settled) return;
      settled = true;
      action();
      void worker.terminate();
    };
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'progress') options.onProgress?.(reply.done, reply.total, reply.phase);
      else if (reply.kind === 'result') settle(() => resolve(reply.result));
      else settle(() => reject(reply.input ? new AuditInputError(reply.message) : new Error(reply.message)));
    });
    worker.on('error', (e: Error & { code?: string }) =>
      settle(() =>
        reject(
          new AuditInputError(
            e.code === 'ERR_WORKER_OUT_OF_MEMORY'
              ? `${file}: recomputing its formulas needs more than the ${limit} MiB memory limit (--max-memory): not audited`
              : `${file}: the audit stopped: ${e.message.split('\n')[0]}`,
          ),
        ),
      ),
    );
    worker.on('exit', (code) => settle(() => reject(new AuditInputError(`${file}: the audit stopped (worker exit ${code})`))));
  });
}
