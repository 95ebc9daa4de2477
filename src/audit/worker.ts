/**
 * The worker thread `subsidy audit` runs each workbook in (see isolated.ts): the file's
 * formulas run inside HyperFormula, and a formula such as =SEQUENCE(A1,B1) with A1 = 10^6
 * can ask it for more memory than any limit checked while reading; in a worker with a heap
 * limit that ends the worker, not the CLI.
 */
import { parentPort, workerData } from 'worker_threads';
import { auditWorkbook, AuditInputError } from './audit';
import type { WorkerReply, WorkerRequest } from './isolated';

const port = parentPort!;
const { file } = workerData as WorkerRequest;
const send = (reply: WorkerReply) => port.postMessage(reply);

let lastPercent = -1;
auditWorkbook(file, {
  onProgress: (done, total, phase) => {
    // A message per progress call would cost more than the step it reports.
    const percent = Math.floor((100 * done) / total);
    if (percent === lastPercent) return;
    lastPercent = percent;
    send({ kind: 'progress', done, total, phase });
  },
}).then(
  (result) => send({ kind: 'result', result }),
  (e: unknown) =>
    send({ kind: 'error', input: e instanceof AuditInputError, message: e instanceof Error ? e.message.split('\n')[0] : String(e) }),
);
