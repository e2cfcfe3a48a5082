import { NextResponse } from 'next/server';
import { getViewer } from '@/lib/auth/guards';
import { exportOwnData } from '@/lib/privacy/export';

/** "Download my data": the signed-in person's own data as a dated JSON file. Nobody downloads
 * another person's data here; the id comes from the session, never from the request. A POST: the
 * export is recorded (a privacy request and an audit entry), and a GET never writes. */
export async function POST() {
  const viewer = await getViewer();
  if (!viewer) return new NextResponse('Sign in to download your data.', { status: 401 });
  const { fileName, body } = await exportOwnData(viewer);
  return new NextResponse(body, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileName}"`,
      'Cache-Control': 'no-store',
    },
  });
}
