// The demo receiver: with no submissions URL configured, a mock service worker answers the
// page's POST in the browser with the real validator, and nothing leaves the machine.
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import { SubmissionBody } from '../../domain/schema/proposal';
import { validateProposal, type ValidationContext } from '../../domain/validation';

export async function startDemoReceiver(ctx: ValidationContext): Promise<void> {
  const answered = new Map<string, { id: string; receivedAt: string }>();
  const worker = setupWorker(
    http.post('*/api/submissions', async ({ request }) => {
      const key = request.headers.get('Idempotency-Key') ?? '';
      const earlier = answered.get(key);
      if (earlier) return HttpResponse.json(earlier, { status: 201 });
      const body = SubmissionBody.safeParse(await request.json().catch(() => null));
      if (!body.success) {
        return HttpResponse.json({ issues: [{ code: 'not_geojson', severity: 'error', path: '', message: body.error.issues[0]?.message ?? 'bad body' }] }, { status: 400 });
      }
      const result = validateProposal(body.data.proposal, { ...ctx, requireProperties: true });
      if (!result.ok) return HttpResponse.json({ issues: result.issues }, { status: 400 });
      const receipt = { id: `DEMO-${String(answered.size + 1).padStart(4, '0')}`, receivedAt: new Date().toISOString() };
      answered.set(key, receipt);
      return HttpResponse.json(receipt, { status: 201 });
    }),
  );
  await worker.start({
    serviceWorker: { url: new URL('mockServiceWorker.js', document.baseURI).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
