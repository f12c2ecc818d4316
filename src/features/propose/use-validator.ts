// The page's handle on the validation worker: one worker for the page's life, requests matched
// to answers by id, the current stage exposed for the progress indicator.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { InfraFeature } from '../../domain/schema/infrastructure';
import type { MunicipalityShape } from '../../domain/geo/site-metrics';
import type { ValidationContext } from '../../domain/validation';
import type { Stage, WorkerRequest, WorkerResponse } from './validate-worker';

type Answer = Extract<WorkerResponse, { type: 'result' | 'final' }>;
type Request = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export interface Validator {
  stage: Stage | undefined;
  run: <T extends Request>(request: T) => Promise<T extends { type: 'finalize' } ? Extract<Answer, { type: 'final' }> : Extract<Answer, { type: 'result' }>>;
}

export function useValidator(infrastructure: InfraFeature[], municipalities: MunicipalityShape[]): Validator {
  const worker = useRef<Worker>(undefined);
  const pending = useRef(new Map<number, { resolve: (a: Answer) => void; reject: (e: Error) => void }>());
  const nextId = useRef(1);
  const [stage, setStage] = useState<Stage>();

  useEffect(() => {
    const w = new Worker(new URL('./validate-worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.postMessage({ type: 'init', infrastructure, municipalities } satisfies WorkerRequest);
    w.onmessage = (event: MessageEvent<WorkerResponse>) => {
      const msg = event.data;
      if (msg.type === 'progress') return setStage(msg.stage);
      const waiting = pending.current.get(msg.id);
      pending.current.delete(msg.id);
      setStage(undefined);
      if (msg.type === 'error') waiting?.reject(new Error(msg.message));
      else waiting?.resolve(msg);
    };
    // A worker that dies (out of memory on a huge file) fails every waiting request, never hangs it.
    w.onerror = (event) => {
      event.preventDefault();
      setStage(undefined);
      for (const p of pending.current.values()) p.reject(new Error(event.message || 'validation worker failed'));
      pending.current.clear();
    };
    const waiting = pending.current;
    return () => {
      w.terminate();
      for (const p of waiting.values()) p.reject(new Error('page closed'));
      waiting.clear();
    };
  }, [infrastructure, municipalities]);

  return useMemo<Validator>(
    () => ({
      stage,
      run: (request) =>
        new Promise((resolve, reject) => {
          const id = nextId.current++;
          pending.current.set(id, { resolve: resolve as (a: Answer) => void, reject });
          worker.current?.postMessage({ ...request, id });
        }),
    }),
    [stage],
  );
}

export type { ValidationContext };
